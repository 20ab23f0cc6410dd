-- Onboarding requests and their approval decisions.
CREATE TABLE provisioning_requests (
    request_id       TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    tenant_name      TEXT NOT NULL,
    tier             TEXT NOT NULL CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    budget           INTEGER NOT NULL CHECK (budget >= 0),
    document         TEXT NOT NULL CHECK (json_valid(document)),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by     TEXT NOT NULL,
    requested_at     TEXT NOT NULL,
    decided_by       TEXT NOT NULL DEFAULT '',
    decision_comment TEXT NOT NULL DEFAULT '',
    decided_at       TEXT,
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX provisioning_requests_status ON provisioning_requests (status);

INSERT INTO policies (name, document) VALUES ('provisioning', '{"auto_approve_below": 1000000}');

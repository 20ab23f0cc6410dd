-- Onboarding requests and their approval decisions.
CREATE TABLE provisioning_requests (
    request_id       TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    tenant_name      TEXT NOT NULL,
    tier             TEXT NOT NULL CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    budget           BIGINT NOT NULL CHECK (budget >= 0),
    document         JSONB NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by     TEXT NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL,
    decided_by       TEXT NOT NULL DEFAULT '',
    decision_comment TEXT NOT NULL DEFAULT '',
    decided_at       TIMESTAMPTZ,
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX provisioning_requests_status ON provisioning_requests (status);

INSERT INTO policies (name, document) VALUES ('provisioning', '{"auto_approve_below": 1000000}');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_app') THEN
        GRANT SELECT, INSERT, UPDATE ON provisioning_requests TO tenant_app;
    END IF;
END
$$;

-- The onboarding workflow: tier plans, regions and residency as data, the
-- chargeback rates, and each request's progress persisted step by step so an
-- interrupted run is found again. Mirrors postgresql/006_provisioning_workflow.sql.

-- What each tier buys (the seed's plan table, plus platinum above gold) and
-- the monthly usage the cost estimate assumes for it.
CREATE TABLE tier_plans (
    tier                TEXT PRIMARY KEY REFERENCES tier_defaults (tier),
    model               TEXT    NOT NULL CHECK (length(model) > 0),
    queries_per_minute  INTEGER NOT NULL CHECK (queries_per_minute > 0),
    documents_per_month INTEGER NOT NULL CHECK (documents_per_month > 0),
    max_tokens          INTEGER NOT NULL CHECK (max_tokens > 0),
    features            TEXT    NOT NULL CHECK (json_valid(features) AND json_type(features) = 'array'),
    dedicated_namespace INTEGER NOT NULL CHECK (dedicated_namespace IN (0, 1)),
    latency_sla_ms      INTEGER NOT NULL CHECK (latency_sla_ms > 0),
    cost_multiplier     REAL    NOT NULL CHECK (cost_multiplier > 0),
    est_api_calls       INTEGER NOT NULL CHECK (est_api_calls >= 0),
    est_storage_gb      INTEGER NOT NULL CHECK (est_storage_gb >= 0),
    est_compute_hours   INTEGER NOT NULL CHECK (est_compute_hours >= 0)
);
INSERT INTO tier_plans VALUES ('platinum', 'gpt-4-class (dedicated)', 2000, 1000000, 8192,
    '["advanced_search","realtime_indexing","custom_models","batch_processing","api_access"]',
    1, 150, 1.5, 2000000, 2000, 2880);
INSERT INTO tier_plans VALUES ('gold', 'gpt-4-class', 1000, 100000, 4096,
    '["advanced_search","realtime_indexing","custom_models","batch_processing","api_access"]',
    0, 250, 1.2, 1000000, 1000, 1440);
INSERT INTO tier_plans VALUES ('silver', 'gpt-3.5-class', 500, 50000, 2048,
    '["advanced_search","batch_processing","api_access","demo_documents"]',
    0, 500, 1.1, 500000, 250, 720);
INSERT INTO tier_plans VALUES ('bronze', 'gpt-3.5-class', 100, 10000, 1024,
    '["api_access","demo_documents"]',
    0, 1000, 1.0, 100000, 50, 200);
-- Platinum's daily query limit follows its plan (2000 per minute).
UPDATE tier_defaults SET max_queries_per_day = 2880000 WHERE tier = 'platinum';

-- Where tenants may be placed, which legal area each region is in, and what
-- running there costs relative to the base rates.
CREATE TABLE regions (
    region          TEXT PRIMARY KEY CHECK (length(region) > 0),
    jurisdiction    TEXT NOT NULL CHECK (jurisdiction IN ('US', 'EU', 'IN', 'APAC')),
    cost_multiplier REAL NOT NULL CHECK (cost_multiplier > 0)
);
INSERT INTO regions VALUES ('us-east-1', 'US', 1.0);
INSERT INTO regions VALUES ('us-west-2', 'US', 1.0);
INSERT INTO regions VALUES ('eu-west-1', 'EU', 1.15);
INSERT INTO regions VALUES ('eu-central-1', 'EU', 1.2);
INSERT INTO regions VALUES ('ap-south-1', 'IN', 0.8);
INSERT INTO regions VALUES ('ap-south-2', 'IN', 0.85);
INSERT INTO regions VALUES ('ap-southeast-1', 'APAC', 1.05);

-- A compliance tag listed here confines its tenants to the listed
-- jurisdictions; a tag not listed restricts nothing.
CREATE TABLE residency_rules (
    compliance_tag TEXT NOT NULL CHECK (compliance_tag IN ('SOX', 'GDPR', 'HIPAA', 'DPDP', 'PCI-DSS')),
    jurisdiction   TEXT NOT NULL CHECK (jurisdiction IN ('US', 'EU', 'IN', 'APAC')),
    PRIMARY KEY (compliance_tag, jurisdiction)
);
INSERT INTO residency_rules VALUES ('GDPR', 'EU');
INSERT INTO residency_rules VALUES ('DPDP', 'IN');

INSERT INTO policies (name, document) VALUES ('chargeback',
    '{"api_call_rate": 0.5, "storage_gb_rate": 200, "compute_hour_rate": 50}');
UPDATE policies SET document = '{"auto_approve_below": 1000000, "lease_seconds": 120, "webhook_attempts": 4, "webhook_backoff_ms": 500}'
    WHERE name = 'provisioning';

-- Requests gain the workflow's states. SQLite cannot alter a CHECK, so the
-- table is rebuilt with the rows copied over.
CREATE TABLE provisioning_requests_new (
    request_id       TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    tenant_name      TEXT NOT NULL,
    tier             TEXT NOT NULL CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    budget           INTEGER NOT NULL CHECK (budget >= 0),
    estimated_cost   INTEGER NOT NULL DEFAULT 0 CHECK (estimated_cost >= 0),
    document         TEXT NOT NULL CHECK (json_valid(document)),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'provisioning',
                                                     'rolling_back', 'active', 'rolled_back')),
    requested_by     TEXT NOT NULL,
    requested_at     TEXT NOT NULL,
    decided_by       TEXT NOT NULL DEFAULT '',
    decision_comment TEXT NOT NULL DEFAULT '',
    decided_at       TEXT,
    stage            TEXT NOT NULL DEFAULT '',
    run_owner        TEXT NOT NULL DEFAULT '',
    lease_until      TEXT,
    outcome          TEXT NOT NULL DEFAULT '',
    finished_at      TEXT,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK ((status IN ('active', 'rolled_back')) = (finished_at IS NOT NULL))
);
INSERT INTO provisioning_requests_new (request_id, tenant_id, tenant_name, tier, budget, document,
    status, requested_by, requested_at, decided_by, decision_comment, decided_at)
    SELECT request_id, tenant_id, tenant_name, tier, budget, document, status, requested_by,
           requested_at, decided_by, decision_comment, decided_at FROM provisioning_requests;
DROP TABLE provisioning_requests;
ALTER TABLE provisioning_requests_new RENAME TO provisioning_requests;
CREATE INDEX provisioning_requests_status ON provisioning_requests (status);

-- Every step of a run, its latest outcome: what was created, what each
-- check found, what a rollback removed.
CREATE TABLE provisioning_steps (
    request_id  TEXT NOT NULL REFERENCES provisioning_requests (request_id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    phase       TEXT NOT NULL CHECK (phase IN ('provision', 'configure', 'validate', 'activate',
                                              'notify', 'rollback')),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    blocking    INTEGER NOT NULL CHECK (blocking IN (0, 1)),
    status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'warning', 'removed')),
    detail      TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    PRIMARY KEY (request_id, phase, name)
);

-- A tenant's HS256 signing key for its API tokens.
CREATE TABLE tenant_signing_keys (
    tenant_id  TEXT PRIMARY KEY,
    secret     TEXT NOT NULL CHECK (length(secret) >= 32),
    created_at TEXT NOT NULL
);

-- Demo mode's stand-in for the resources provisioning creates in a
-- downstream system (labelled "(demo)" wherever it reports).
CREATE TABLE demo_resources (
    system     TEXT NOT NULL,
    tenant_id  TEXT NOT NULL,
    resource   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (system, tenant_id, resource)
);

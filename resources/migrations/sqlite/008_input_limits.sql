-- The input rules as CHECK constraints (core/input/limits.h has the same
-- numbers; the README's "Input rules" table lists them). Lengths count
-- characters. Single-line text holds no control character (U+0001-U+001F,
-- U+007F-U+009F); multi-line text may hold tabs and line breaks. Core
-- refuses such input first, with a message naming the field; these
-- constraints hold for every other client. Mirrors postgresql/008.
--
-- SQLite cannot add a CHECK to a table, so each table is rebuilt with its
-- rows copied over. The migrator runs SQLite migrations with foreign keys
-- off (and checks them before committing); here it also copies with CHECKs
-- off, so rows written before the limits stay as they are, as PostgreSQL's
-- NOT VALID keeps them. Every new write is checked.
PRAGMA ignore_check_constraints = ON;

CREATE TABLE tenants_new (
    tenant_id           TEXT PRIMARY KEY
                        CHECK (length(tenant_id) BETWEEN 2 AND 63
                               AND tenant_id GLOB '[a-z]*'
                               AND tenant_id NOT GLOB '*[^a-z0-9-]*'
                               AND tenant_id NOT GLOB '*-'),
    tenant_name         TEXT NOT NULL CHECK (length(trim(tenant_name)) > 0)
                        CONSTRAINT tenants_tenant_name_limit
                        CHECK (length(tenant_name) <= 200
                               AND tenant_name NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    technical_contact   TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_technical_contact_limit
                        CHECK (length(technical_contact) <= 254
                               AND technical_contact NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    billing_contact     TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_billing_contact_limit
                        CHECK (length(billing_contact) <= 254
                               AND billing_contact NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    incident_contact    TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_incident_contact_limit
                        CHECK (length(incident_contact) <= 254
                               AND incident_contact NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    crm_id              TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_crm_id_limit
                        CHECK (length(crm_id) <= 64
                               AND crm_id NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    billing_account_id  TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_billing_account_id_limit
                        CHECK (length(billing_account_id) <= 64
                               AND billing_account_id NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    tier                TEXT NOT NULL REFERENCES tier_defaults (tier),
    max_users           INTEGER NOT NULL CHECK (max_users > 0)
                        CONSTRAINT tenants_max_users_limit CHECK (max_users <= 2147483647),
    max_documents       INTEGER NOT NULL CHECK (max_documents > 0)
                        CONSTRAINT tenants_max_documents_limit CHECK (max_documents <= 9007199254740991),
    max_queries_per_day INTEGER NOT NULL CHECK (max_queries_per_day > 0)
                        CONSTRAINT tenants_max_queries_per_day_limit CHECK (max_queries_per_day <= 9007199254740991),
    sla_target          REAL    NOT NULL CHECK (sla_target > 0 AND sla_target <= 1),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('basic', 'standard', 'premium', 'dedicated')),
    cost_center         TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_cost_center_limit
                        CHECK (length(cost_center) <= 64
                               AND cost_center NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    monthly_budget      INTEGER NOT NULL DEFAULT 0 CHECK (monthly_budget >= 0)
                        CONSTRAINT tenants_monthly_budget_limit CHECK (monthly_budget <= 9007199254740991),
    billing_email       TEXT NOT NULL DEFAULT ''
                        CONSTRAINT tenants_billing_email_limit
                        CHECK (length(billing_email) <= 254
                               AND billing_email NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    region              TEXT NOT NULL
                        CONSTRAINT tenants_region_limit
                        CHECK (length(region) <= 32
                               AND region NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    allowed_regions     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_regions)),
    isolation_mode      TEXT NOT NULL DEFAULT 'shared-schema'
                        CHECK (isolation_mode IN ('shared-schema', 'dedicated-database', 'hybrid')),
    compliance_tags     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(compliance_tags)),
    retention_days      INTEGER NOT NULL CHECK (retention_days BETWEEN 0 AND 3650),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'active', 'suspended', 'migrating', 'archived', 'deleted')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    archived_at         TEXT,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
                        CONSTRAINT tenants_version_limit CHECK (version <= 2147483647),
    health_score        INTEGER CHECK (health_score BETWEEN 0 AND 100),
    last_sample_at      TEXT,
    -- Core's rule is 65,536 bytes of compact JSON; this is the backstop.
    metadata            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata))
                        CONSTRAINT tenants_metadata_limit CHECK (length(CAST(metadata AS BLOB)) <= 131072),
    CHECK (status <> 'archived' OR archived_at IS NOT NULL)
);
INSERT INTO tenants_new SELECT * FROM tenants;
DROP TABLE tenants;
ALTER TABLE tenants_new RENAME TO tenants;
CREATE INDEX tenants_status ON tenants (status);
CREATE INDEX tenants_tier ON tenants (tier);
CREATE INDEX tenants_health ON tenants (health_score);

CREATE TABLE feature_flags_new (
    name        TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100 AND name NOT GLOB '*[^a-z0-9_.-]*'),
    description TEXT NOT NULL DEFAULT ''
                CONSTRAINT feature_flags_description_limit
                CHECK (length(description) <= 2000
                       AND description NOT GLOB ('*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    owner       TEXT NOT NULL DEFAULT ''
                CONSTRAINT feature_flags_owner_limit
                CHECK (length(owner) <= 200
                       AND owner NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    created_at  TEXT NOT NULL,
    expires_at  TEXT
);
INSERT INTO feature_flags_new SELECT * FROM feature_flags;
DROP TABLE feature_flags;
ALTER TABLE feature_flags_new RENAME TO feature_flags;

CREATE TABLE audit_log_new (
    seq            INTEGER PRIMARY KEY CHECK (seq >= 1),
    occurred_at    TEXT NOT NULL,
    actor          TEXT NOT NULL CHECK (length(actor) > 0)
                   CONSTRAINT audit_log_actor_limit
                   CHECK (length(actor) <= 128
                          AND actor NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    action         TEXT NOT NULL CHECK (length(action) > 0),
    tenant_id      TEXT NOT NULL DEFAULT ''
                   CONSTRAINT audit_log_tenant_id_limit CHECK (length(tenant_id) <= 63),
    before_state   TEXT NOT NULL DEFAULT '',
    after_state    TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT ''
                   CONSTRAINT audit_log_reason_limit
                   CHECK (length(reason) <= 1000
                          AND reason NOT GLOB ('*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    correlation_id TEXT NOT NULL,
    prev_hash      TEXT NOT NULL UNIQUE,
    hash           TEXT NOT NULL UNIQUE
);
INSERT INTO audit_log_new SELECT * FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_tenant ON audit_log (tenant_id);
CREATE TRIGGER audit_head_advance AFTER INSERT ON audit_log
BEGIN
    INSERT OR REPLACE INTO audit_head (id, last_seq, last_hash) VALUES (1, NEW.seq, NEW.hash);
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE provisioning_requests_new (
    request_id       TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL
                     CONSTRAINT provisioning_requests_tenant_id_limit CHECK (length(tenant_id) <= 63),
    tenant_name      TEXT NOT NULL
                     CONSTRAINT provisioning_requests_tenant_name_limit
                     CHECK (length(tenant_name) <= 200
                            AND tenant_name NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    tier             TEXT NOT NULL CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    budget           INTEGER NOT NULL CHECK (budget >= 0)
                     CONSTRAINT provisioning_requests_budget_limit CHECK (budget <= 9007199254740991),
    estimated_cost   INTEGER NOT NULL DEFAULT 0 CHECK (estimated_cost >= 0),
    document         TEXT NOT NULL CHECK (json_valid(document))
                     CONSTRAINT provisioning_requests_document_limit CHECK (length(CAST(document AS BLOB)) <= 131072),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'provisioning',
                                                     'rolling_back', 'active', 'rolled_back')),
    requested_by     TEXT NOT NULL
                     CONSTRAINT provisioning_requests_requested_by_limit CHECK (length(requested_by) <= 128),
    requested_at     TEXT NOT NULL,
    decided_by       TEXT NOT NULL DEFAULT ''
                     CONSTRAINT provisioning_requests_decided_by_limit CHECK (length(decided_by) <= 128),
    decision_comment TEXT NOT NULL DEFAULT ''
                     CONSTRAINT provisioning_requests_decision_comment_limit
                     CHECK (length(decision_comment) <= 1000
                            AND decision_comment NOT GLOB ('*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    decided_at       TEXT,
    stage            TEXT NOT NULL DEFAULT '',
    run_owner        TEXT NOT NULL DEFAULT '',
    lease_until      TEXT,
    outcome          TEXT NOT NULL DEFAULT ''
                     CONSTRAINT provisioning_requests_outcome_limit CHECK (length(outcome) <= 2000),
    finished_at      TEXT,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK ((status IN ('active', 'rolled_back')) = (finished_at IS NOT NULL))
);
INSERT INTO provisioning_requests_new SELECT * FROM provisioning_requests;
DROP TABLE provisioning_requests;
ALTER TABLE provisioning_requests_new RENAME TO provisioning_requests;
CREATE INDEX provisioning_requests_status ON provisioning_requests (status);

PRAGMA ignore_check_constraints = OFF;

-- Tenant Admin registry, SQLite flavour. Mirrors postgresql/001_registry.sql:
-- same tables, columns and CHECK rules; JSON is TEXT (validated in core),
-- timestamps are ISO-8601 UTC text, booleans are 0/1.

CREATE TABLE tier_defaults (
    tier                TEXT PRIMARY KEY CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    rank                INTEGER NOT NULL UNIQUE,
    max_users           INTEGER NOT NULL CHECK (max_users > 0),
    max_documents       INTEGER NOT NULL CHECK (max_documents > 0),
    max_queries_per_day INTEGER NOT NULL CHECK (max_queries_per_day > 0),
    sla_target          REAL    NOT NULL CHECK (sla_target > 0 AND sla_target <= 1),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('basic', 'standard', 'premium', 'dedicated')),
    retention_days      INTEGER NOT NULL CHECK (retention_days BETWEEN 0 AND 3650),
    monthly_budget      INTEGER NOT NULL CHECK (monthly_budget >= 0)
);

CREATE TABLE tenants (
    tenant_id           TEXT PRIMARY KEY
                        CHECK (length(tenant_id) BETWEEN 2 AND 63
                               AND tenant_id GLOB '[a-z]*'
                               AND tenant_id NOT GLOB '*[^a-z0-9-]*'
                               AND tenant_id NOT GLOB '*-'),
    tenant_name         TEXT NOT NULL CHECK (length(trim(tenant_name)) > 0),
    technical_contact   TEXT NOT NULL DEFAULT '',
    billing_contact     TEXT NOT NULL DEFAULT '',
    incident_contact    TEXT NOT NULL DEFAULT '',
    crm_id              TEXT NOT NULL DEFAULT '',
    billing_account_id  TEXT NOT NULL DEFAULT '',
    tier                TEXT NOT NULL REFERENCES tier_defaults (tier),
    max_users           INTEGER NOT NULL CHECK (max_users > 0),
    max_documents       INTEGER NOT NULL CHECK (max_documents > 0),
    max_queries_per_day INTEGER NOT NULL CHECK (max_queries_per_day > 0),
    sla_target          REAL    NOT NULL CHECK (sla_target > 0 AND sla_target <= 1),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('basic', 'standard', 'premium', 'dedicated')),
    cost_center         TEXT NOT NULL DEFAULT '',
    monthly_budget      INTEGER NOT NULL DEFAULT 0 CHECK (monthly_budget >= 0),
    billing_email       TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL,
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
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    health_score        INTEGER CHECK (health_score BETWEEN 0 AND 100),
    last_sample_at      TEXT,
    metadata            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    CHECK (status <> 'archived' OR archived_at IS NOT NULL)
);
CREATE INDEX tenants_status ON tenants (status);
CREATE INDEX tenants_tier ON tenants (tier);
CREATE INDEX tenants_health ON tenants (health_score);

CREATE TABLE feature_flags (
    name        TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100 AND name NOT GLOB '*[^a-z0-9_.-]*'),
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    expires_at  TEXT
);

CREATE TABLE flag_values (
    flag_name          TEXT NOT NULL REFERENCES feature_flags (name) ON DELETE CASCADE,
    scope              TEXT NOT NULL CHECK (scope IN ('global', 'tier', 'tenant')),
    scope_id           TEXT NOT NULL DEFAULT '',
    enabled            INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    rollout_percentage INTEGER NOT NULL DEFAULT 100 CHECK (rollout_percentage BETWEEN 0 AND 100),
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (flag_name, scope, scope_id),
    CHECK ((scope = 'global') = (scope_id = ''))
);

CREATE TABLE health_samples (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id           TEXT NOT NULL REFERENCES tenants (tenant_id),
    sampled_at          TEXT NOT NULL,
    latency_p95_ms      REAL NOT NULL CHECK (latency_p95_ms >= 0),
    error_rate          REAL NOT NULL CHECK (error_rate BETWEEN 0 AND 1),
    success_rate        REAL NOT NULL CHECK (success_rate BETWEEN 0 AND 1),
    storage_utilisation REAL NOT NULL CHECK (storage_utilisation BETWEEN 0 AND 1),
    score               INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX health_samples_tenant_time ON health_samples (tenant_id, sampled_at);

-- Editable policy documents (JSON): the numbers of the domain rules.
CREATE TABLE policies (
    name     TEXT PRIMARY KEY,
    document TEXT NOT NULL CHECK (json_valid(document))
);

-- Append-only, hash-chained audit log. seq is assigned by the writer so the
-- hash can cover it; prev_hash is unique so two writers cannot fork the chain.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY CHECK (seq >= 1),
    occurred_at    TEXT NOT NULL,
    actor          TEXT NOT NULL CHECK (length(actor) > 0),
    action         TEXT NOT NULL CHECK (length(action) > 0),
    tenant_id      TEXT NOT NULL DEFAULT '',
    before_state   TEXT NOT NULL DEFAULT '',
    after_state    TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    correlation_id TEXT NOT NULL,
    prev_hash      TEXT NOT NULL UNIQUE,
    hash           TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_tenant ON audit_log (tenant_id);

-- The chain head, kept by trigger: deleting the newest entries is detected.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

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

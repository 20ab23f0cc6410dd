-- Tenant Admin registry, PostgreSQL flavour. Mirrors sqlite/001_registry.sql.

CREATE TABLE tier_defaults (
    tier                TEXT PRIMARY KEY CHECK (tier IN ('platinum', 'gold', 'silver', 'bronze')),
    rank                INTEGER NOT NULL UNIQUE,
    max_users           INTEGER NOT NULL CHECK (max_users > 0),
    max_documents       BIGINT  NOT NULL CHECK (max_documents > 0),
    max_queries_per_day BIGINT  NOT NULL CHECK (max_queries_per_day > 0),
    sla_target          DOUBLE PRECISION NOT NULL CHECK (sla_target > 0 AND sla_target <= 1),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('basic', 'standard', 'premium', 'dedicated')),
    retention_days      INTEGER NOT NULL CHECK (retention_days BETWEEN 0 AND 3650),
    monthly_budget      BIGINT  NOT NULL CHECK (monthly_budget >= 0)
);

CREATE TABLE tenants (
    tenant_id           TEXT PRIMARY KEY CHECK (tenant_id ~ '^[a-z][a-z0-9-]{0,61}[a-z0-9]$'),
    tenant_name         TEXT NOT NULL CHECK (length(btrim(tenant_name)) > 0),
    technical_contact   TEXT NOT NULL DEFAULT '',
    billing_contact     TEXT NOT NULL DEFAULT '',
    incident_contact    TEXT NOT NULL DEFAULT '',
    crm_id              TEXT NOT NULL DEFAULT '',
    billing_account_id  TEXT NOT NULL DEFAULT '',
    tier                TEXT NOT NULL REFERENCES tier_defaults (tier),
    max_users           INTEGER NOT NULL CHECK (max_users > 0),
    max_documents       BIGINT  NOT NULL CHECK (max_documents > 0),
    max_queries_per_day BIGINT  NOT NULL CHECK (max_queries_per_day > 0),
    sla_target          DOUBLE PRECISION NOT NULL CHECK (sla_target > 0 AND sla_target <= 1),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('basic', 'standard', 'premium', 'dedicated')),
    cost_center         TEXT NOT NULL DEFAULT '',
    monthly_budget      BIGINT NOT NULL DEFAULT 0 CHECK (monthly_budget >= 0),
    billing_email       TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL,
    allowed_regions     JSONB NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(allowed_regions) = 'array'),
    isolation_mode      TEXT NOT NULL DEFAULT 'shared-schema'
                        CHECK (isolation_mode IN ('shared-schema', 'dedicated-database', 'hybrid')),
    compliance_tags     JSONB NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(compliance_tags) = 'array'),
    retention_days      INTEGER NOT NULL CHECK (retention_days BETWEEN 0 AND 3650),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'active', 'suspended', 'migrating', 'archived', 'deleted')),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    archived_at         TIMESTAMPTZ,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    health_score        INTEGER CHECK (health_score BETWEEN 0 AND 100),
    last_sample_at      TIMESTAMPTZ,
    metadata            JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    CHECK (status <> 'archived' OR archived_at IS NOT NULL)
);
CREATE INDEX tenants_status ON tenants (status);
CREATE INDEX tenants_tier ON tenants (tier);
CREATE INDEX tenants_health ON tenants (health_score);

CREATE TABLE feature_flags (
    name        TEXT PRIMARY KEY CHECK (name ~ '^[a-z0-9_.-]{1,100}$'),
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ
);

CREATE TABLE flag_values (
    flag_name          TEXT NOT NULL REFERENCES feature_flags (name) ON DELETE CASCADE,
    scope              TEXT NOT NULL CHECK (scope IN ('global', 'tier', 'tenant')),
    scope_id           TEXT NOT NULL DEFAULT '',
    enabled            BOOLEAN NOT NULL,
    rollout_percentage INTEGER NOT NULL DEFAULT 100 CHECK (rollout_percentage BETWEEN 0 AND 100),
    updated_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (flag_name, scope, scope_id),
    CHECK ((scope = 'global') = (scope_id = ''))
);

CREATE TABLE health_samples (
    id                  BIGSERIAL PRIMARY KEY,
    tenant_id           TEXT NOT NULL REFERENCES tenants (tenant_id),
    sampled_at          TIMESTAMPTZ NOT NULL,
    latency_p95_ms      DOUBLE PRECISION NOT NULL CHECK (latency_p95_ms >= 0),
    error_rate          DOUBLE PRECISION NOT NULL CHECK (error_rate BETWEEN 0 AND 1),
    success_rate        DOUBLE PRECISION NOT NULL CHECK (success_rate BETWEEN 0 AND 1),
    storage_utilisation DOUBLE PRECISION NOT NULL CHECK (storage_utilisation BETWEEN 0 AND 1),
    score               INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX health_samples_tenant_time ON health_samples (tenant_id, sampled_at);

CREATE TABLE policies (
    name     TEXT PRIMARY KEY,
    document JSONB NOT NULL CHECK (jsonb_typeof(document) = 'object')
);

-- Append-only, hash-chained audit log. before/after stay TEXT (not JSONB) so
-- the hashed bytes come back exactly as written.
CREATE TABLE audit_log (
    seq            BIGINT PRIMARY KEY CHECK (seq >= 1),
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

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);

-- SECURITY DEFINER: the application role may not write audit_head itself.
CREATE FUNCTION audit_head_advance() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, NEW.seq, NEW.hash)
    ON CONFLICT (id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_head_advance AFTER INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_head_advance();

-- The application role: full use of registry tables, but only INSERT and
-- SELECT on the audit log. Created only where the migrating user may.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_app') THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            -- Another registry on this server may be creating it right now.
            BEGIN
                CREATE ROLE tenant_app NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_app') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO tenant_app', current_schema());
        GRANT SELECT, INSERT, UPDATE, DELETE ON tier_defaults, tenants, feature_flags,
            flag_values, health_samples, policies TO tenant_app;
        GRANT SELECT, INSERT ON audit_log TO tenant_app;
        GRANT SELECT ON audit_head, schema_migrations TO tenant_app;
        GRANT USAGE, SELECT ON SEQUENCE health_samples_id_seq TO tenant_app;
    END IF;
END
$$;

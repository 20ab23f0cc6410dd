-- Tenant data protected by row-level security keyed on the tenant's access
-- state. A tenant's own database role (member of tenant_data, mapped in
-- tenant_roles) sees and writes only its rows, and none while suspended.
CREATE TABLE tenant_access (
    tenant_id  TEXT PRIMARY KEY,
    suspended  BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE tenant_roles (
    role_name TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL
);

CREATE TABLE tenant_documents (
    tenant_id TEXT NOT NULL,
    doc_id    BIGSERIAL PRIMARY KEY,
    body      TEXT NOT NULL
);
CREATE INDEX tenant_documents_tenant ON tenant_documents (tenant_id);

ALTER TABLE tenant_documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_documents_own_and_active ON tenant_documents
    USING (
        EXISTS (SELECT 1 FROM tenant_roles r
                WHERE r.role_name = current_user AND r.tenant_id = tenant_documents.tenant_id)
        AND NOT EXISTS (SELECT 1 FROM tenant_access a
                        WHERE a.tenant_id = tenant_documents.tenant_id AND a.suspended))
    WITH CHECK (
        EXISTS (SELECT 1 FROM tenant_roles r
                WHERE r.role_name = current_user AND r.tenant_id = tenant_documents.tenant_id)
        AND NOT EXISTS (SELECT 1 FROM tenant_access a
                        WHERE a.tenant_id = tenant_documents.tenant_id AND a.suspended));

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_data') THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            -- Another registry on this server may be creating it right now.
            BEGIN
                CREATE ROLE tenant_data NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_data') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO tenant_data', current_schema());
        GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_documents TO tenant_data;
        GRANT USAGE, SELECT ON SEQUENCE tenant_documents_doc_id_seq TO tenant_data;
        GRANT SELECT ON tenant_roles, tenant_access TO tenant_data;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_access, tenant_roles TO tenant_app;
    END IF;
END
$$;

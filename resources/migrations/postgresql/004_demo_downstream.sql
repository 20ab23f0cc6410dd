-- Demo mode's stand-in for the downstream systems of a cascade: each
-- system's suspended/active state per tenant, kept in the registry so the
-- console shows the effect offline. Real adapters replace it per system.
CREATE TABLE demo_downstream (
    system     TEXT NOT NULL,
    tenant_id  TEXT NOT NULL,
    suspended  BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (system, tenant_id)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tenant_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON demo_downstream TO tenant_app;
    END IF;
END
$$;

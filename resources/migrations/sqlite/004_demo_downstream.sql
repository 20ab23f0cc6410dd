-- Demo mode's stand-in for the downstream systems of a cascade: each
-- system's suspended/active state per tenant, kept in the registry so the
-- console shows the effect offline. Real adapters replace it per system.
CREATE TABLE demo_downstream (
    system     TEXT NOT NULL,
    tenant_id  TEXT NOT NULL,
    suspended  INTEGER NOT NULL CHECK (suspended IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (system, tenant_id)
);

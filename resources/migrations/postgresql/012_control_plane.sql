-- The control plane's outbox. Every audit entry that records a state change
-- also becomes a lifecycle event, written by the database in the same
-- statement (so in the same transaction) as the entry: a change and its
-- event commit or roll back together, and nobody can write an event that is
-- not on the audit record. Events fan out to webhook subscriptions as
-- deliveries, which controllers claim with leases and send as Standard
-- Webhooks. Each commit is announced with NOTIFY so open consoles update.

CREATE TABLE events (
    sequence       BIGINT PRIMARY KEY CHECK (sequence >= 1),
    event_id       TEXT NOT NULL UNIQUE CHECK (event_id ~ '^evt_[0-9a-f]{32}$'),
    type           TEXT NOT NULL CHECK (type IN (
                       'tenant.created', 'tenant.updated', 'tenant.activated', 'tenant.suspended',
                       'tenant.resumed', 'tenant.archived', 'tenant.deleted', 'flag.changed',
                       'provisioning.requested', 'provisioning.approved', 'provisioning.rejected',
                       'provisioning.completed', 'provisioning.rolled_back')),
    tenant_id      TEXT NOT NULL DEFAULT '',
    correlation_id TEXT NOT NULL,
    actor          TEXT NOT NULL,
    occurred_at    TEXT NOT NULL,
    audit_seq      BIGINT NOT NULL UNIQUE,
    data           JSONB NOT NULL
);
CREATE INDEX events_tenant ON events (tenant_id, sequence);

-- The event an audit action stands for, or NULL for one that is no state
-- change a subscriber hears of (health samples, usage, cascade steps).
CREATE FUNCTION ta_event_type(action text, before_state text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE action
        WHEN 'tenant.create' THEN 'tenant.created'
        WHEN 'tenant.update' THEN 'tenant.updated'
        WHEN 'tenant.remove' THEN 'tenant.deleted'
        WHEN 'lifecycle.active' THEN
            CASE WHEN before_state <> '' AND (before_state::jsonb ->> 'status') = 'suspended'
                 THEN 'tenant.resumed' ELSE 'tenant.activated' END
        WHEN 'lifecycle.suspended' THEN 'tenant.suspended'
        WHEN 'lifecycle.archived' THEN 'tenant.archived'
        WHEN 'lifecycle.deleted' THEN 'tenant.deleted'
        WHEN 'lifecycle.migrating' THEN 'tenant.updated'
        WHEN 'flag.set' THEN 'flag.changed'
        WHEN 'flag.clear' THEN 'flag.changed'
        WHEN 'flag.remove' THEN 'flag.changed'
        WHEN 'provision.request' THEN 'provisioning.requested'
        WHEN 'provision.approve' THEN 'provisioning.approved'
        WHEN 'provision.reject' THEN 'provisioning.rejected'
        WHEN 'provision.complete' THEN 'provisioning.completed'
        WHEN 'provision.rollback' THEN 'provisioning.rolled_back'
    END
$$;

-- A subscription's secret is not here: it lives in the keychain of whoever
-- added it (or the controller's secrets file); `secret_hint` names which
-- secret it is (the first 8 hex digits of its SHA-256) without revealing it.
-- A removed subscription keeps its row so that its deliveries stay on record.
CREATE TABLE webhook_subscriptions (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT NOT NULL CHECK (char_length(url) <= 2048 AND url ~ '^https?://[^[:space:]]+$'),
    secret_hint TEXT NOT NULL CHECK (secret_hint ~ '^[0-9a-f]{8}$'),
    created_by  TEXT NOT NULL DEFAULT session_user,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    removed_at  TIMESTAMPTZ
);
CREATE TABLE webhook_subscription_events (
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscriptions (id),
    event_type      TEXT NOT NULL CHECK (event_type = '*' OR event_type IN (
                        'tenant.created', 'tenant.updated', 'tenant.activated', 'tenant.suspended',
                        'tenant.resumed', 'tenant.archived', 'tenant.deleted', 'flag.changed',
                        'provisioning.requested', 'provisioning.approved', 'provisioning.rejected',
                        'provisioning.completed', 'provisioning.rolled_back')),
    PRIMARY KEY (subscription_id, event_type)
);

-- One event to one subscription. Times are milliseconds since the epoch by
-- the database's clock, so controllers on different machines agree on when
-- a retry is due and when a lease has run out. tenant_id and sequence are
-- the event's, copied so that "is an earlier delivery of this tenant still
-- pending" is one index lookup.
CREATE TABLE event_deliveries (
    id              BIGSERIAL PRIMARY KEY,
    event_sequence  BIGINT NOT NULL REFERENCES events (sequence),
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscriptions (id),
    tenant_id       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 1000),
    -- attempts made before the last requeue: the retry schedule starts
    -- again from here, while every attempt keeps its number.
    retry_base      INTEGER NOT NULL DEFAULT 0 CHECK (retry_base BETWEEN 0 AND attempts),
    next_attempt_ms BIGINT NOT NULL,
    lease_owner     TEXT NOT NULL DEFAULT '' CHECK (char_length(lease_owner) <= 200),
    lease_until_ms  BIGINT NOT NULL DEFAULT 0,
    last_status     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '' CHECK (char_length(last_error) <= 500),
    created_ms      BIGINT NOT NULL,
    delivered_ms    BIGINT
);
CREATE INDEX event_deliveries_due ON event_deliveries (next_attempt_ms) WHERE status = 'pending';
CREATE INDEX event_deliveries_order ON event_deliveries (subscription_id, tenant_id, event_sequence)
    WHERE status = 'pending';
CREATE INDEX event_deliveries_event ON event_deliveries (event_sequence);

-- Every attempt, kept: what `events show` lists and the metrics count.
CREATE TABLE delivery_attempts (
    delivery_id BIGINT NOT NULL REFERENCES event_deliveries (id),
    attempt     INTEGER NOT NULL CHECK (attempt >= 1),
    at_ms       BIGINT NOT NULL,
    controller  TEXT NOT NULL CHECK (char_length(controller) <= 200),
    status_code INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '' CHECK (char_length(error) <= 500),
    duration_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, attempt)
);

CREATE FUNCTION ta_now_ms() RETURNS bigint
LANGUAGE sql VOLATILE AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;

-- Retry schedule (Standard Webhooks: immediately, 5 s, 5 min, 30 min, 2 h,
-- 5 h, 10 h, 10 h, then a dead letter), scaled by retry_scale (tests
-- shorten it); how long a claimed delivery stays a controller's; the HTTP
-- timeout.
INSERT INTO policies (name, document) VALUES ('webhook_delivery',
    '{"retry_schedule_seconds": [0, 5, 300, 1800, 7200, 18000, 36000, 36000], "retry_scale": 1, "lease_seconds": 60, "timeout_seconds": 10}');

-- The events of a statement's audit entries, then their deliveries, then
-- one NOTIFY carrying the newest audit sequence (consoles read what changed
-- from the audit log; the notification is sent at commit, not before).
CREATE FUNCTION ta_audit_to_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    first_new bigint;
    misstated record;
BEGIN
    -- A governed login may write audit entries with psql (its own tenant's,
    -- or ones of no tenant). One that becomes an event goes out signed, so it
    -- must be the record of a change this transaction really made (the row
    -- it names written here, agreeing with it) or of one the login may make.
    SELECT i.seq, i.action, i.tenant_id INTO misstated FROM inserted i
    WHERE ta_event_type(i.action, i.before_state) IS NOT NULL AND NOT (
        CASE
        WHEN i.action IN ('tenant.create', 'tenant.update') OR i.action LIKE 'lifecycle.%' THEN
            EXISTS (SELECT 1 FROM tenants t, LATERAL (SELECT nullif(i.after_state, '')::jsonb AS a) s
                    WHERE t.tenant_id = i.tenant_id AND t.xmin = pg_current_xact_id()::xid
                      AND t.status = (s.a ->> 'status') AND t.tier = (s.a ->> 'tier')
                      AND t.version::text = (s.a ->> 'version')
                      AND t.tenant_name = (s.a ->> 'tenant_name')
                      AND t.region = (s.a ->> 'region')
                      AND t.cost_center = (s.a ->> 'cost_center')
                      AND t.monthly_budget::text = (s.a ->> 'monthly_budget')
                      AND (i.action NOT LIKE 'lifecycle.%' OR t.status = substr(i.action, 11)))
        WHEN i.action = 'tenant.remove' THEN
            NOT EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = i.tenant_id)
        WHEN i.action LIKE 'flag.%' THEN
            ta_global('flag-admin') OR (i.tenant_id <> '' AND ta_may('operator', i.tenant_id))
        WHEN i.action IN ('provision.request', 'provision.approve', 'provision.reject') THEN
            EXISTS (SELECT 1 FROM provisioning_requests r
                    WHERE r.request_id = i.correlation_id AND r.tenant_id = i.tenant_id
                      AND r.xmin = pg_current_xact_id()::xid
                      AND (i.action <> 'provision.reject' OR r.status = 'rejected'))
        WHEN i.action = 'provision.complete' THEN
            EXISTS (SELECT 1 FROM provisioning_requests r
                    WHERE r.request_id = i.correlation_id AND r.tenant_id = i.tenant_id
                      AND r.status = 'active')
        WHEN i.action = 'provision.rollback' THEN
            EXISTS (SELECT 1 FROM provisioning_requests r
                    WHERE r.request_id = i.correlation_id AND r.tenant_id = i.tenant_id
                      AND r.status = 'rolled_back')
        ELSE true
        END)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'audit entry % (% of %) is not the record of a change made here',
            misstated.seq, misstated.action, quote_literal(left(misstated.tenant_id, 80))
            USING ERRCODE = '23514';
    END IF;

    SELECT coalesce(max(sequence), 0) + 1 INTO first_new FROM events;
    INSERT INTO events (sequence, event_id, type, tenant_id, correlation_id, actor, occurred_at,
                        audit_seq, data)
    SELECT first_new - 1 + row_number() OVER (ORDER BY i.seq),
           'evt_' || replace(gen_random_uuid()::text, '-', ''),
           ta_event_type(i.action, i.before_state), i.tenant_id, i.correlation_id, i.actor,
           i.occurred_at, i.seq,
           jsonb_build_object('tenant_id', i.tenant_id, 'action', i.action, 'reason', i.reason,
                              'before', CASE WHEN i.before_state IN ('', '{}') THEN NULL
                                             ELSE i.before_state::jsonb END,
                              'after', CASE WHEN i.after_state IN ('', '{}') THEN NULL
                                            ELSE i.after_state::jsonb END)
    FROM inserted i
    WHERE ta_event_type(i.action, i.before_state) IS NOT NULL;

    INSERT INTO event_deliveries (event_sequence, subscription_id, tenant_id, next_attempt_ms,
                                  created_ms)
    SELECT DISTINCT e.sequence, s.id, e.tenant_id, ta_now_ms(), ta_now_ms()
    FROM events e
    JOIN webhook_subscription_events t ON t.event_type IN (e.type, '*')
    JOIN webhook_subscriptions s ON s.id = t.subscription_id AND s.removed_at IS NULL
    WHERE e.sequence >= first_new;

    -- No payload: any login of the server may LISTEN, and consoles read what
    -- changed from the audit log (as far as their grants let them).
    PERFORM pg_notify('tenant_admin_changes', '');
    RETURN NULL;
END
$$;
-- What one audit entry may hold: a policy document either side at most,
-- and the reason and correlation id of the input rules (NOT VALID: entries
-- already written stay as they are).
ALTER TABLE audit_log ADD CONSTRAINT audit_log_sizes CHECK (
    octet_length(before_state) <= 2097152 AND octet_length(after_state) <= 2097152
    AND char_length(reason) <= 2000 AND char_length(correlation_id) <= 200) NOT VALID;

CREATE TRIGGER audit_log_events AFTER INSERT ON audit_log
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION ta_audit_to_events();

-- Nobody writes events but the trigger; readers of a tenant read its events,
-- like its audit entries. Subscriptions and deliveries are the platform
-- admins' (a subscription sends events out of the registry).
GRANT SELECT ON events TO tenant_viewer;
GRANT SELECT, INSERT, UPDATE ON webhook_subscriptions, event_deliveries TO tenant_platform_admin;
GRANT SELECT, INSERT, DELETE ON webhook_subscription_events TO tenant_platform_admin;
GRANT SELECT, INSERT ON delivery_attempts TO tenant_platform_admin;
GRANT USAGE, SELECT ON SEQUENCE webhook_subscriptions_id_seq, event_deliveries_id_seq
    TO tenant_platform_admin;

ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_read ON events FOR SELECT
    USING ((tenant_id = '' AND (SELECT ta_member())) OR (SELECT ta_global('viewer'))
           OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['webhook_subscriptions', 'webhook_subscription_events',
                             'event_deliveries', 'delivery_attempts'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT ta_global(''platform-admin''))) '
                       'WITH CHECK ((SELECT ta_global(''platform-admin'')))', t || '_admin', t);
    END LOOP;
END
$$;

-- Drift: where a downstream system does not hold the state the registry
-- wants for a tenant (a suspended tenant that Redis still serves). One row
-- per tenant and system while it lasts; first_seen says since when. A
-- repair is in the audit log (drift.reconcile and its cascade steps).
CREATE TABLE drift_findings (
    tenant_id  TEXT NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    system     TEXT NOT NULL CHECK (char_length(system) BETWEEN 1 AND 64),
    expected   TEXT NOT NULL CHECK (expected IN ('active', 'suspended')),
    found      TEXT NOT NULL CHECK (found IN ('active', 'suspended', 'unreachable')),
    detail     TEXT NOT NULL DEFAULT '' CHECK (char_length(detail) <= 500),
    first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, system)
);

-- The controllers' scheduled work: whoever moves next_run_ms on runs it,
-- so of several controllers one checks drift per interval.
CREATE TABLE controller_jobs (
    name        TEXT PRIMARY KEY CHECK (name IN ('drift')),
    next_run_ms BIGINT NOT NULL DEFAULT 0,
    holder      TEXT NOT NULL DEFAULT '' CHECK (char_length(holder) <= 200)
);
INSERT INTO controller_jobs (name) VALUES ('drift');

GRANT SELECT ON drift_findings TO tenant_viewer;
GRANT INSERT, UPDATE, DELETE ON drift_findings TO tenant_operator;
GRANT SELECT, UPDATE ON controller_jobs TO tenant_platform_admin;
ALTER TABLE drift_findings ENABLE ROW LEVEL SECURITY;
CREATE POLICY drift_findings_read ON drift_findings FOR SELECT
    USING ((SELECT ta_global('viewer')) OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
CREATE POLICY drift_findings_write ON drift_findings FOR ALL
    USING ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))
    WITH CHECK ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]));
ALTER TABLE controller_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY controller_jobs_admin ON controller_jobs FOR ALL
    USING ((SELECT ta_global('platform-admin'))) WITH CHECK ((SELECT ta_global('platform-admin')));

-- The control plane's outbox (mirrors postgresql/012): every audit entry
-- that records a state change also becomes a lifecycle event, written by a
-- trigger in the same transaction; events fan out to webhook subscriptions
-- as deliveries. SQLite has one writer at a time, which serialises the
-- sequence as PostgreSQL's audit lock does. Consoles on this machine watch
-- the file instead of LISTEN.

CREATE TABLE events (
    sequence       INTEGER PRIMARY KEY CHECK (sequence >= 1),
    event_id       TEXT NOT NULL UNIQUE CHECK (length(event_id) = 36 AND event_id GLOB 'evt_*'),
    type           TEXT NOT NULL CHECK (type IN (
                       'tenant.created', 'tenant.updated', 'tenant.activated', 'tenant.suspended',
                       'tenant.resumed', 'tenant.archived', 'tenant.deleted', 'flag.changed',
                       'provisioning.requested', 'provisioning.approved', 'provisioning.rejected',
                       'provisioning.completed', 'provisioning.rolled_back')),
    tenant_id      TEXT NOT NULL DEFAULT '',
    correlation_id TEXT NOT NULL,
    actor          TEXT NOT NULL,
    occurred_at    TEXT NOT NULL,
    audit_seq      INTEGER NOT NULL UNIQUE,
    data           TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX events_tenant ON events (tenant_id, sequence);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TABLE webhook_subscriptions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    url         TEXT NOT NULL CHECK (length(url) <= 2048
                                     AND (url GLOB 'http://?*' OR url GLOB 'https://?*')
                                     AND url NOT GLOB ('*[ ' || char(9) || char(10) || char(13) || ']*')),
    secret_hint TEXT NOT NULL CHECK (length(secret_hint) = 8 AND secret_hint NOT GLOB '*[^0-9a-f]*'),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    removed_at  TEXT
);
CREATE TABLE webhook_subscription_events (
    subscription_id INTEGER NOT NULL REFERENCES webhook_subscriptions (id),
    event_type      TEXT NOT NULL CHECK (event_type = '*' OR event_type IN (
                        'tenant.created', 'tenant.updated', 'tenant.activated', 'tenant.suspended',
                       'tenant.resumed', 'tenant.archived', 'tenant.deleted', 'flag.changed',
                       'provisioning.requested', 'provisioning.approved', 'provisioning.rejected',
                       'provisioning.completed', 'provisioning.rolled_back')),
    PRIMARY KEY (subscription_id, event_type)
);

CREATE TABLE event_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_sequence  INTEGER NOT NULL REFERENCES events (sequence),
    subscription_id INTEGER NOT NULL REFERENCES webhook_subscriptions (id),
    tenant_id       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 1000),
    -- attempts made before the last requeue: the retry schedule starts
    -- again from here, while every attempt keeps its number.
    retry_base      INTEGER NOT NULL DEFAULT 0 CHECK (retry_base BETWEEN 0 AND attempts),
    next_attempt_ms INTEGER NOT NULL,
    lease_owner     TEXT NOT NULL DEFAULT '' CHECK (length(lease_owner) <= 200),
    lease_until_ms  INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 500),
    created_ms      INTEGER NOT NULL,
    delivered_ms    INTEGER
);
CREATE INDEX event_deliveries_due ON event_deliveries (next_attempt_ms) WHERE status = 'pending';
CREATE INDEX event_deliveries_order ON event_deliveries (subscription_id, tenant_id, event_sequence)
    WHERE status = 'pending';
CREATE INDEX event_deliveries_event ON event_deliveries (event_sequence);

CREATE TABLE delivery_attempts (
    delivery_id INTEGER NOT NULL REFERENCES event_deliveries (id),
    attempt     INTEGER NOT NULL CHECK (attempt >= 1),
    at_ms       INTEGER NOT NULL,
    controller  TEXT NOT NULL CHECK (length(controller) <= 200),
    status_code INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '' CHECK (length(error) <= 500),
    duration_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, attempt)
);

INSERT INTO policies (name, document) VALUES ('webhook_delivery',
    '{"retry_schedule_seconds": [0, 5, 300, 1800, 7200, 18000, 36000, 36000], "retry_scale": 1, "lease_seconds": 60, "timeout_seconds": 10}');

-- What one audit entry may hold (mirrors postgresql/012's CHECK).
CREATE TRIGGER audit_log_sizes BEFORE INSERT ON audit_log
WHEN length(CAST(NEW.before_state AS BLOB)) > 2097152 OR length(CAST(NEW.after_state AS BLOB)) > 2097152
     OR length(NEW.reason) > 2000 OR length(NEW.correlation_id) > 200
BEGIN
    SELECT RAISE(ABORT, 'audit_log: an entry holds at most 2 MiB either side, a reason of 2,000 characters and a correlation id of 200');
END;

CREATE TRIGGER audit_log_events AFTER INSERT ON audit_log
WHEN NEW.action IN ('tenant.create', 'tenant.update', 'tenant.remove', 'lifecycle.active',
                    'lifecycle.suspended', 'lifecycle.archived', 'lifecycle.deleted',
                    'lifecycle.migrating', 'flag.set', 'flag.clear', 'flag.remove',
                    'provision.request', 'provision.approve', 'provision.reject',
                    'provision.complete', 'provision.rollback')
BEGIN
    INSERT INTO events (sequence, event_id, type, tenant_id, correlation_id, actor, occurred_at,
                        audit_seq, data)
    VALUES ((SELECT coalesce(max(sequence), 0) + 1 FROM events),
            'evt_' || lower(hex(randomblob(16))),
            CASE NEW.action
                WHEN 'tenant.create' THEN 'tenant.created'
                WHEN 'tenant.update' THEN 'tenant.updated'
                WHEN 'tenant.remove' THEN 'tenant.deleted'
                WHEN 'lifecycle.active' THEN
                    CASE WHEN NEW.before_state <> '' AND json_extract(NEW.before_state, '$.status') = 'suspended'
                         THEN 'tenant.resumed' ELSE 'tenant.activated' END
                WHEN 'lifecycle.suspended' THEN 'tenant.suspended'
                WHEN 'lifecycle.archived' THEN 'tenant.archived'
                WHEN 'lifecycle.deleted' THEN 'tenant.deleted'
                WHEN 'lifecycle.migrating' THEN 'tenant.updated'
                WHEN 'provision.request' THEN 'provisioning.requested'
                WHEN 'provision.approve' THEN 'provisioning.approved'
                WHEN 'provision.reject' THEN 'provisioning.rejected'
                WHEN 'provision.complete' THEN 'provisioning.completed'
                WHEN 'provision.rollback' THEN 'provisioning.rolled_back'
                ELSE 'flag.changed'
            END,
            NEW.tenant_id, NEW.correlation_id, NEW.actor, NEW.occurred_at, NEW.seq,
            json_object('tenant_id', NEW.tenant_id, 'action', NEW.action, 'reason', NEW.reason,
                        'before', CASE WHEN NEW.before_state IN ('', '{}') THEN NULL
                                       ELSE json(NEW.before_state) END,
                        'after', CASE WHEN NEW.after_state IN ('', '{}') THEN NULL
                                      ELSE json(NEW.after_state) END));
END;

CREATE TRIGGER events_fan_out AFTER INSERT ON events
BEGIN
    INSERT INTO event_deliveries (event_sequence, subscription_id, tenant_id, next_attempt_ms,
                                  created_ms)
    SELECT DISTINCT NEW.sequence, s.id, NEW.tenant_id,
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM webhook_subscription_events t
    JOIN webhook_subscriptions s ON s.id = t.subscription_id AND s.removed_at IS NULL
    WHERE t.event_type IN (NEW.type, '*');
END;

CREATE TABLE drift_findings (
    tenant_id  TEXT NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    system     TEXT NOT NULL CHECK (length(system) BETWEEN 1 AND 64),
    expected   TEXT NOT NULL CHECK (expected IN ('active', 'suspended')),
    found      TEXT NOT NULL CHECK (found IN ('active', 'suspended', 'unreachable')),
    detail     TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
    first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_seen  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (tenant_id, system)
);

CREATE TABLE controller_jobs (
    name        TEXT PRIMARY KEY CHECK (name IN ('drift')),
    next_run_ms INTEGER NOT NULL DEFAULT 0,
    holder      TEXT NOT NULL DEFAULT '' CHECK (length(holder) <= 200)
);
INSERT INTO controller_jobs (name) VALUES ('drift');

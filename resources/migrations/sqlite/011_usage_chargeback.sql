-- The finance view (mirrors postgresql/011): usage per tenant and month
-- (with the billing terms the tenant had when it was recorded),
-- the PromQL queries a pull runs, and range checks on the rates and
-- multipliers the chargeback formula reads. SQLite cannot add a CHECK to
-- an existing table, so the policies, regions and tier_plans checks are
-- triggers that refuse the same values.

CREATE TABLE tenant_usage (
    tenant_id            TEXT NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    month                TEXT NOT NULL CHECK (length(month) = 7
                                              AND month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                                              AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    api_calls            INTEGER NOT NULL CHECK (typeof(api_calls) = 'integer'
                                                 AND api_calls BETWEEN 0 AND 9007199254740991),
    storage_gb           REAL NOT NULL CHECK (storage_gb >= 0 AND storage_gb <= 1e12),
    compute_hours        REAL NOT NULL CHECK (compute_hours >= 0 AND compute_hours <= 1e12),
    peak_queries_per_day INTEGER CHECK (peak_queries_per_day IS NULL
                                        OR (typeof(peak_queries_per_day) = 'integer'
                                            AND peak_queries_per_day BETWEEN 0 AND 9007199254740991)),
    documents            INTEGER CHECK (documents IS NULL
                                        OR (typeof(documents) = 'integer'
                                            AND documents BETWEEN 0 AND 9007199254740991)),
    active_users         INTEGER CHECK (active_users IS NULL
                                        OR (typeof(active_users) = 'integer'
                                            AND active_users BETWEEN 0 AND 9007199254740991)),
    tier                 TEXT NOT NULL REFERENCES tier_defaults (tier),
    region               TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 32),
    cost_center          TEXT NOT NULL CHECK (length(cost_center) <= 64),
    monthly_budget       INTEGER NOT NULL CHECK (typeof(monthly_budget) = 'integer'
                                                 AND monthly_budget BETWEEN 0 AND 9007199254740991),
    source               TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 300
                                              AND source NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
    recorded_by          TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 128),
    recorded_at          TEXT NOT NULL,
    PRIMARY KEY (tenant_id, month)
);
CREATE INDEX tenant_usage_trend ON tenant_usage (month, tier, region, api_calls, storage_gb,
                                                 compute_hours, monthly_budget);
-- A month's rows in tenant order (the report's), without a sort.
CREATE INDEX tenant_usage_month ON tenant_usage (month, tenant_id);

-- The billing terms are the tenant's own at the time, whoever writes the row.
CREATE TRIGGER tenant_usage_month_insert BEFORE INSERT ON tenant_usage
WHEN NEW.month < '2000-01' OR NEW.month > strftime('%Y-%m', 'now')
     OR NEW.recorded_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+5 minutes')
     OR NEW.recorded_at < NEW.month || '-01'
BEGIN
    SELECT RAISE(ABORT, 'tenant_usage: month from 2000-01 to this month, recorded in it or after, not ahead of now');
END;
CREATE TRIGGER tenant_usage_terms_insert BEFORE INSERT ON tenant_usage
WHEN NOT EXISTS (SELECT 1 FROM tenants t
                 WHERE t.tenant_id = NEW.tenant_id AND t.tier = NEW.tier
                   AND t.region = NEW.region AND t.cost_center = NEW.cost_center
                   AND t.monthly_budget = NEW.monthly_budget)
BEGIN
    SELECT RAISE(ABORT, 'tenant_usage: tier, region, cost_center and monthly_budget must be the tenant''s own');
END;
CREATE TRIGGER tenant_usage_month_update BEFORE UPDATE ON tenant_usage
WHEN NEW.month < '2000-01' OR NEW.month > strftime('%Y-%m', 'now')
     OR NEW.recorded_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+5 minutes')
     OR NEW.recorded_at < NEW.month || '-01'
BEGIN
    SELECT RAISE(ABORT, 'tenant_usage: month from 2000-01 to this month, recorded in it or after, not ahead of now');
END;
CREATE TRIGGER tenant_usage_terms_update BEFORE UPDATE ON tenant_usage
WHEN NOT EXISTS (SELECT 1 FROM tenants t
                 WHERE t.tenant_id = NEW.tenant_id AND t.tier = NEW.tier
                   AND t.region = NEW.region AND t.cost_center = NEW.cost_center
                   AND t.monthly_budget = NEW.monthly_budget)
BEGIN
    SELECT RAISE(ABORT, 'tenant_usage: tier, region, cost_center and monthly_budget must be the tenant''s own');
END;

INSERT INTO policies (name, document) VALUES ('usage_queries', '{
  "api_calls": "sum by (tenant_id) (increase(tenant_api_requests_total[$range]))",
  "storage_gb": "max by (tenant_id) (max_over_time(tenant_storage_bytes[$range])) / 1e9",
  "compute_hours": "sum by (tenant_id) (increase(tenant_compute_seconds_total[$range])) / 3600",
  "peak_queries_per_day": "max by (tenant_id) (max_over_time(increase(tenant_queries_total[1d])[$range:1d]))",
  "documents": "max by (tenant_id) (max_over_time(tenant_documents[$range]))",
  "active_users": "max by (tenant_id) (max_over_time(tenant_active_users[$range]))"
}');

CREATE TRIGGER policies_chargeback_rates_insert BEFORE INSERT ON policies
WHEN NEW.name = 'chargeback' AND NOT (
    json_type(NEW.document, '$.api_call_rate') IN ('integer', 'real')
    AND json_type(NEW.document, '$.storage_gb_rate') IN ('integer', 'real')
    AND json_type(NEW.document, '$.compute_hour_rate') IN ('integer', 'real')
    AND json_extract(NEW.document, '$.api_call_rate') BETWEEN 0 AND 1000000
    AND json_extract(NEW.document, '$.storage_gb_rate') BETWEEN 0 AND 1000000
    AND json_extract(NEW.document, '$.compute_hour_rate') BETWEEN 0 AND 1000000)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: policies_chargeback_rates');
END;
CREATE TRIGGER policies_chargeback_rates_update BEFORE UPDATE ON policies
WHEN NEW.name = 'chargeback' AND NOT (
    json_type(NEW.document, '$.api_call_rate') IN ('integer', 'real')
    AND json_type(NEW.document, '$.storage_gb_rate') IN ('integer', 'real')
    AND json_type(NEW.document, '$.compute_hour_rate') IN ('integer', 'real')
    AND json_extract(NEW.document, '$.api_call_rate') BETWEEN 0 AND 1000000
    AND json_extract(NEW.document, '$.storage_gb_rate') BETWEEN 0 AND 1000000
    AND json_extract(NEW.document, '$.compute_hour_rate') BETWEEN 0 AND 1000000)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: policies_chargeback_rates');
END;
CREATE TRIGGER regions_cost_multiplier_range BEFORE UPDATE OF cost_multiplier ON regions
WHEN NEW.cost_multiplier > 100
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: regions_cost_multiplier_range');
END;
CREATE TRIGGER tier_plans_cost_multiplier_range BEFORE UPDATE OF cost_multiplier ON tier_plans
WHEN NEW.cost_multiplier > 100
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: tier_plans_cost_multiplier_range');
END;


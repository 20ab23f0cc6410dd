-- The finance view: each tenant's usage per month (the chargeback report's
-- input, imported from CSV or pulled from Prometheus), the PromQL queries
-- a pull runs, and range checks on the rates and multipliers the
-- chargeback formula reads. Mirrors sqlite/011_usage_chargeback.sql.

-- One row per tenant and month (YYYY-MM). The quota columns are optional:
-- a source that does not know them leaves them NULL. recorded_at tells how
-- much of a month a row covers (a month-to-date import forecasts the rest).
-- A row keeps what the tenant was billed as when it was recorded (tier,
-- region, cost centre, budget): a month is reported as it was billed, a
-- later tier change does not reprice it, and the trend sums one table.
CREATE TABLE tenant_usage (
    tenant_id            TEXT NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    month                TEXT NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    api_calls            BIGINT NOT NULL CHECK (api_calls BETWEEN 0 AND 9007199254740991),
    -- NaN sorts above every number in PostgreSQL, so "<=" refuses it too.
    storage_gb           DOUBLE PRECISION NOT NULL CHECK (storage_gb >= 0 AND storage_gb <= 1e12),
    compute_hours        DOUBLE PRECISION NOT NULL CHECK (compute_hours >= 0 AND compute_hours <= 1e12),
    peak_queries_per_day BIGINT CHECK (peak_queries_per_day BETWEEN 0 AND 9007199254740991),
    documents            BIGINT CHECK (documents BETWEEN 0 AND 9007199254740991),
    active_users         BIGINT CHECK (active_users BETWEEN 0 AND 9007199254740991),
    tier                 TEXT NOT NULL REFERENCES tier_defaults (tier),
    region               TEXT NOT NULL CHECK (char_length(region) BETWEEN 1 AND 32),
    cost_center          TEXT NOT NULL CHECK (char_length(cost_center) <= 64),
    monthly_budget       BIGINT NOT NULL CHECK (monthly_budget BETWEEN 0 AND 9007199254740991),
    source               TEXT NOT NULL CHECK (char_length(source) BETWEEN 1 AND 300
                                              AND source !~ '[\x01-\x1f\x7f-\x9f]'),
    recorded_by          TEXT NOT NULL CHECK (char_length(recorded_by) BETWEEN 1 AND 128),
    recorded_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, month)
);
-- The month's rows, and the trend's sums read from the index alone.
CREATE INDEX tenant_usage_trend ON tenant_usage (month, tier, region, api_calls, storage_gb,
                                                 compute_hours, monthly_budget);
-- A month's rows in tenant order (the report's), without a sort.
CREATE INDEX tenant_usage_month ON tenant_usage (month, tenant_id);

-- The billing terms are the tenant's own at the time, whoever writes the row.
CREATE FUNCTION ta_usage_terms() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- When a row was recorded is the server's clock, and a month is never
    -- recorded ahead of time (core refuses the same).
    NEW.recorded_at := now();
    IF NEW.month < '2000-01' OR NEW.month > to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM') THEN
        RAISE EXCEPTION 'tenant_usage: month % is not from 2000-01 to this month',
            quote_literal(left(NEW.month, 10))
            USING ERRCODE = '23514';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM tenants t
                   WHERE t.tenant_id = NEW.tenant_id AND t.tier = NEW.tier
                     AND t.region = NEW.region AND t.cost_center = NEW.cost_center
                     AND t.monthly_budget = NEW.monthly_budget) THEN
        RAISE EXCEPTION 'tenant_usage: tier, region, cost_center and monthly_budget must be '
                        'tenant %''s own', quote_literal(left(NEW.tenant_id, 63))
            USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tenant_usage_terms BEFORE INSERT OR UPDATE ON tenant_usage
FOR EACH ROW EXECUTE FUNCTION ta_usage_terms();

-- The PromQL a pull runs, one query per column; $range is replaced by the
-- month's length ("31d"), and each series is keyed by its tenant_id label.
INSERT INTO policies (name, document) VALUES ('usage_queries', '{
  "api_calls": "sum by (tenant_id) (increase(tenant_api_requests_total[$range]))",
  "storage_gb": "max by (tenant_id) (max_over_time(tenant_storage_bytes[$range])) / 1e9",
  "compute_hours": "sum by (tenant_id) (increase(tenant_compute_seconds_total[$range])) / 3600",
  "peak_queries_per_day": "max by (tenant_id) (max_over_time(increase(tenant_queries_total[1d])[$range:1d]))",
  "documents": "max by (tenant_id) (max_over_time(tenant_documents[$range]))",
  "active_users": "max by (tenant_id) (max_over_time(tenant_active_users[$range]))"
}');

-- The chargeback rates and the multipliers feed the provisioning estimate
-- and so the approval chain: a standing platform admin's alone, as the
-- approval policy is (break-glass may not lower them).
DROP POLICY policies_write ON policies;
CREATE POLICY policies_write ON policies FOR ALL
    USING (CASE WHEN name IN ('access', 'approval', 'chargeback') THEN (SELECT ta_standing_admin())
                ELSE (SELECT ta_global('platform-admin')) END)
    WITH CHECK (CASE WHEN name IN ('access', 'approval', 'chargeback') THEN (SELECT ta_standing_admin())
                     ELSE (SELECT ta_global('platform-admin')) END);
DROP POLICY regions_write ON regions;
CREATE POLICY regions_write ON regions FOR ALL
    USING ((SELECT ta_standing_admin())) WITH CHECK ((SELECT ta_standing_admin()));
DROP POLICY tier_plans_write ON tier_plans;
CREATE POLICY tier_plans_write ON tier_plans FOR ALL
    USING ((SELECT ta_standing_admin())) WITH CHECK ((SELECT ta_standing_admin()));

-- The formula's inputs stay in range whoever writes them (core refuses
-- the same values first, naming the field).
ALTER TABLE policies ADD CONSTRAINT policies_chargeback_rates CHECK (
    name <> 'chargeback' OR (
        jsonb_typeof(document -> 'api_call_rate') = 'number'
        AND jsonb_typeof(document -> 'storage_gb_rate') = 'number'
        AND jsonb_typeof(document -> 'compute_hour_rate') = 'number'
        AND (document ->> 'api_call_rate')::numeric BETWEEN 0 AND 1000000
        AND (document ->> 'storage_gb_rate')::numeric BETWEEN 0 AND 1000000
        AND (document ->> 'compute_hour_rate')::numeric BETWEEN 0 AND 1000000));
ALTER TABLE regions ADD CONSTRAINT regions_cost_multiplier_range CHECK (cost_multiplier <= 100);
ALTER TABLE tier_plans ADD CONSTRAINT tier_plans_cost_multiplier_range CHECK (cost_multiplier <= 100);

-- Who reads and writes usage: the tenant's readers and operators, as for
-- its health samples. The recorder is the login.
GRANT SELECT ON tenant_usage TO tenant_viewer;
GRANT INSERT, UPDATE, DELETE ON tenant_usage TO tenant_operator;
ALTER TABLE tenant_usage ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_usage_read ON tenant_usage FOR SELECT
    USING ((SELECT ta_global('viewer')) OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
-- Written by an operator of every tenant only: a tenant's own operator
-- could change its tier or cost centre for the length of an import and
-- bill it on terms of its choosing.
CREATE POLICY tenant_usage_write ON tenant_usage FOR ALL
    USING ((SELECT ta_global('operator'))) WITH CHECK ((SELECT ta_global('operator')));
CREATE TRIGGER tenant_usage_recorder_is_login BEFORE INSERT OR UPDATE ON tenant_usage
FOR EACH ROW WHEN (NEW.recorded_by IS DISTINCT FROM session_user)
EXECUTE FUNCTION ta_actor_is_login('recorded_by');

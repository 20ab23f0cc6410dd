-- The approval chain, enforced here for every client: the approval policy
-- as data, each request's required authorities worked out by the database
-- when it is submitted, one row per authority given or refused (each by a
-- different person who holds it and did not ask), and a request approved
-- only once every required authority is given. Mirrors sqlite/010.

INSERT INTO policies (name, document) VALUES ('approval', '{
  "bands": [{"from": 0, "authorities": []},
            {"from": 1000000, "authorities": ["cfo"]},
            {"from": 5000001, "authorities": ["cfo", "cto", "legal"]}],
  "sensitive_tags": ["GDPR", "HIPAA", "DPDP"],
  "sensitive_authorities": ["legal", "compliance"],
  "tag_jurisdictions": {"SOX": "US", "HIPAA": "US", "GDPR": "EU", "DPDP": "IN"},
  "cross_border_authorities": ["dpo"],
  "premium_tiers": ["gold", "platinum"],
  "premium_authorities": ["cto"]
}');

ALTER TABLE provisioning_requests
    ADD COLUMN required_authorities JSONB NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(required_authorities) = 'array');

CREATE TABLE provisioning_approvals (
    request_id TEXT NOT NULL REFERENCES provisioning_requests (request_id),
    authority  TEXT NOT NULL CHECK (authority IN ('cfo', 'cto', 'legal', 'compliance', 'dpo')),
    approver   TEXT NOT NULL CHECK (char_length(approver) BETWEEN 1 AND 254),
    decision   TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment    TEXT NOT NULL CHECK (char_length(comment) <= 1000),
    decided_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, authority),
    UNIQUE (request_id, approver)
);

-- The authorities a request needs, from the approval policy (the same
-- reading as core/provisioning/approvalpolicy.cpp), in canonical order.
CREATE FUNCTION ta_required_authorities(budget bigint, tier text, tags jsonb, region text)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    p jsonb := (SELECT document FROM policies WHERE name = 'approval');
    needed text[] := '{}';
    band jsonb;
    homes text[];
    place text := (SELECT jurisdiction FROM regions r WHERE r.region = ta_required_authorities.region);
BEGIN
    -- No policy, or a malformed one, approves nothing: fail closed.
    IF p IS NULL OR jsonb_typeof(p -> 'bands') IS DISTINCT FROM 'array'
       OR jsonb_array_length(p -> 'bands') = 0
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p -> 'bands') b
                  WHERE jsonb_typeof(b -> 'from') IS DISTINCT FROM 'number'
                     OR (b ->> 'from') !~ '^[0-9]+$'
                     OR jsonb_typeof(b -> 'authorities') IS DISTINCT FROM 'array') THEN
        RAISE EXCEPTION 'the approval policy is missing or malformed: no request can be submitted'
            USING ERRCODE = '42501';
    END IF;
    FOR band IN SELECT value FROM jsonb_array_elements(p -> 'bands')
                ORDER BY (value ->> 'from')::bigint LOOP
        IF budget >= (band ->> 'from')::bigint THEN
            needed := ARRAY(SELECT jsonb_array_elements_text(band -> 'authorities'));
        END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(tags) t
               WHERE p -> 'sensitive_tags' ? t) THEN
        needed := needed || ARRAY(SELECT jsonb_array_elements_text(p -> 'sensitive_authorities'));
    END IF;
    homes := ARRAY(SELECT p -> 'tag_jurisdictions' ->> t FROM jsonb_array_elements_text(tags) t
                   WHERE p -> 'tag_jurisdictions' ? t);
    IF cardinality(homes) > 0 AND NOT (coalesce(place, '') = ANY (homes)) THEN
        needed := needed || ARRAY(SELECT jsonb_array_elements_text(p -> 'cross_border_authorities'));
    END IF;
    IF p -> 'premium_tiers' ? tier THEN
        needed := needed || ARRAY(SELECT jsonb_array_elements_text(p -> 'premium_authorities'));
    END IF;
    RETURN (SELECT coalesce(jsonb_agg(a ORDER BY o), '[]'::jsonb)
            FROM unnest(ARRAY['cfo', 'cto', 'legal', 'compliance', 'dpo']) WITH ORDINALITY AS c(a, o)
            WHERE a = ANY (needed));
END
$$;

-- The estimated monthly cost of `tier` in `region`: the chargeback formula
-- over the plan's assumed usage (core/provisioning/plancatalog.cpp).
CREATE FUNCTION ta_estimate(tier text, region text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT round((p.est_api_calls * (c.document ->> 'api_call_rate')::double precision
                  + p.est_storage_gb * (c.document ->> 'storage_gb_rate')::double precision
                  + p.est_compute_hours * (c.document ->> 'compute_hour_rate')::double precision)
                 * r.cost_multiplier * p.cost_multiplier)::bigint
    FROM tier_plans p, regions r, policies c
    WHERE p.tier = ta_estimate.tier AND r.region = ta_estimate.region AND c.name = 'chargeback'
$$;

-- The database works out a new request's chain, whatever the client sent:
-- from the document the request is read by, which the columns must match,
-- and from an estimate it makes itself, which the budget must cover.
CREATE FUNCTION ta_request_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    d jsonb := NEW.document;
    expected bigint;
BEGIN
    IF (NEW.tenant_id, NEW.tenant_name, NEW.tier, NEW.budget::text)
       IS DISTINCT FROM (d ->> 'tenant_id', d ->> 'tenant_name', d ->> 'tier', d ->> 'budget') THEN
        RAISE EXCEPTION 'permission denied: request % differs from its own document',
            NEW.request_id USING ERRCODE = '42501';
    END IF;
    expected := ta_estimate(NEW.tier, d ->> 'region');
    IF expected IS NULL THEN
        RAISE EXCEPTION 'request %: no plan or region to estimate % in %', NEW.request_id,
            NEW.tier, quote_literal(left(coalesce(d ->> 'region', ''), 80)) USING ERRCODE = '22023';
    END IF;
    -- Within a rupee of the client's own rounding of the same formula.
    IF abs(NEW.estimated_cost - expected) > 1 THEN
        RAISE EXCEPTION 'permission denied: request % states an estimate of %, not %',
            NEW.request_id, NEW.estimated_cost, expected USING ERRCODE = '42501';
    END IF;
    IF NEW.budget < expected - 1 THEN
        RAISE EXCEPTION 'request %: a budget of % does not cover the estimated %',
            NEW.request_id, NEW.budget, expected USING ERRCODE = '23514';
    END IF;
    NEW.required_authorities := ta_required_authorities(
        greatest(NEW.budget, expected), NEW.tier, coalesce(d -> 'compliance', '[]'), d ->> 'region');
    RETURN NEW;
END
$$;
CREATE TRIGGER provisioning_request_chain BEFORE INSERT ON provisioning_requests
FOR EACH ROW EXECUTE FUNCTION ta_request_chain();

-- Requests still waiting were submitted under the single-approver rule:
-- they keep it (one cfo approval), rather than being approved by default.
UPDATE provisioning_requests SET required_authorities = '["cfo"]' WHERE status = 'pending';

-- The chain is part of the terms fixed at submission.
CREATE OR REPLACE FUNCTION ta_request_terms_fixed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (NEW.tenant_id, NEW.tenant_name, NEW.tier, NEW.budget, NEW.estimated_cost, NEW.document,
        NEW.requested_by, NEW.requested_at, NEW.required_authorities)
       IS DISTINCT FROM
       (OLD.tenant_id, OLD.tenant_name, OLD.tier, OLD.budget, OLD.estimated_cost, OLD.document,
        OLD.requested_by, OLD.requested_at, OLD.required_authorities) AND NOT ta_unrestricted() THEN
        RAISE EXCEPTION 'permission denied: request % cannot be changed once submitted',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

-- One authority's decision: on a pending request that needs it, by a
-- person other than the requester who holds it (for every tenant or this
-- one) and has given no other authority on it (the UNIQUE key).
CREATE FUNCTION ta_approval_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    r provisioning_requests%ROWTYPE;
BEGIN
    SELECT * INTO r FROM provisioning_requests WHERE request_id = NEW.request_id FOR UPDATE;
    IF NOT FOUND OR r.status <> 'pending' THEN
        RAISE EXCEPTION 'request % is not waiting for approval', NEW.request_id
            USING ERRCODE = '42501';
    END IF;
    IF NOT ta_unrestricted() AND NEW.approver IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'permission denied: approver is recorded as the login %, not %',
            session_user, quote_literal(left(NEW.approver, 80)) USING ERRCODE = '42501';
    END IF;
    IF NEW.approver = r.requested_by THEN
        RAISE EXCEPTION 'permission denied: % requested % and so cannot decide it',
            r.requested_by, r.request_id USING ERRCODE = '42501';
    END IF;
    IF NOT r.required_authorities ? NEW.authority THEN
        RAISE EXCEPTION 'permission denied: request % does not need %, it needs %',
            r.request_id, NEW.authority, r.required_authorities USING ERRCODE = '42501';
    END IF;
    IF NOT ta_unrestricted() AND NOT EXISTS (
            SELECT 1 FROM access_members m
            WHERE m.login = session_user AND m.role = 'approver' AND m.authority = NEW.authority
              AND (m.tenant_id = '' OR m.tenant_id = r.tenant_id)) THEN
        RAISE EXCEPTION 'permission denied: % does not hold the % authority', session_user,
            NEW.authority USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER provisioning_approval_check BEFORE INSERT ON provisioning_approvals
FOR EACH ROW EXECUTE FUNCTION ta_approval_check();

-- A decision on the request itself stands on its approvals: the policy
-- decides only a request that needs nobody; a person approves only once
-- every required authority is given, and rejects only with a refusal of
-- their own on record.
CREATE OR REPLACE FUNCTION ta_request_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Out of pending only by a decision: never straight into a run.
    IF NEW.status NOT IN ('approved', 'rejected') THEN
        RAISE EXCEPTION 'permission denied: request % is approved or rejected before anything else',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    IF NEW.decided_by = OLD.requested_by THEN
        RAISE EXCEPTION 'permission denied: % requested % and so cannot decide it',
            OLD.requested_by, OLD.request_id USING ERRCODE = '42501';
    END IF;
    IF NEW.decided_by <> 'policy' AND NOT ta_may('approver', OLD.tenant_id) THEN
        RAISE EXCEPTION 'permission denied: deciding request % needs the approver role',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    IF NEW.decided_by = 'policy' THEN
        IF NEW.status <> 'approved' OR OLD.required_authorities <> '[]'::jsonb THEN
            RAISE EXCEPTION 'permission denied: the policy approves only a request that needs no approver'
                USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.status = 'approved' AND EXISTS (
            SELECT 1 FROM jsonb_array_elements_text(OLD.required_authorities) a
            WHERE NOT EXISTS (SELECT 1 FROM provisioning_approvals p
                              WHERE p.request_id = OLD.request_id AND p.authority = a
                                AND p.decision = 'approve')) THEN
        RAISE EXCEPTION 'permission denied: request % still waits for approvals', OLD.request_id
            USING ERRCODE = '42501';
    ELSIF NEW.status = 'rejected' AND NOT EXISTS (
            SELECT 1 FROM provisioning_approvals p
            WHERE p.request_id = OLD.request_id AND p.approver = NEW.decided_by
              AND p.decision = 'reject') THEN
        RAISE EXCEPTION 'permission denied: request % is rejected only by a refusal on record',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

-- Approvals are read with their request, given by approvers; never
-- changed or removed.
ALTER TABLE provisioning_approvals ENABLE ROW LEVEL SECURITY;
CREATE POLICY provisioning_approvals_read ON provisioning_approvals FOR SELECT
    USING (EXISTS (SELECT 1 FROM provisioning_requests r
                   WHERE r.request_id = provisioning_approvals.request_id));
CREATE POLICY provisioning_approvals_give ON provisioning_approvals FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM provisioning_requests r
                        WHERE r.request_id = provisioning_approvals.request_id
                          AND ((SELECT ta_global('approver'))
                               OR r.tenant_id = ANY ((SELECT ta_tenants('approver'))::text[]))));
GRANT SELECT ON provisioning_approvals TO tenant_viewer;
GRANT INSERT ON provisioning_approvals TO tenant_approver;

-- Who may do what, enforced by the database for every client, psql
-- included. Each person signs in as their own login. Five NOLOGIN group
-- roles carry the table privileges (GRANT); access_members says for which
-- tenants a login holds each role, and row-level security on every registry
-- table keys on it. A superuser or the registry's owner stands outside
-- (either could drop any rule; signed audit checkpoints guard against
-- them). SQLite has no logins: it is one local user, shown as such.

CREATE TABLE access_logins (
    login      TEXT PRIMARY KEY CHECK (login ~ '^[a-z_][a-z0-9_.-]{0,62}$'),
    created_by TEXT NOT NULL DEFAULT session_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- tenant_id '' holds the role for every tenant; an approver holds one
-- authority per row.
CREATE TABLE access_members (
    login      TEXT NOT NULL CHECK (login ~ '^[a-z_][a-z0-9_.-]{0,62}$'),
    role       TEXT NOT NULL
               CHECK (role IN ('viewer', 'operator', 'flag-admin', 'approver', 'platform-admin')),
    tenant_id  TEXT NOT NULL DEFAULT ''
               CHECK (tenant_id = '' OR tenant_id ~ '^[a-z][a-z0-9-]{0,61}[a-z0-9]$'),
    authority  TEXT NOT NULL DEFAULT ''
               CHECK (authority IN ('', 'cfo', 'cto', 'legal', 'compliance', 'dpo')),
    granted_by TEXT NOT NULL DEFAULT session_user,
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (login, role, tenant_id, authority),
    CHECK ((role = 'approver') = (authority <> ''))
);
CREATE INDEX access_members_tenant ON access_members (tenant_id);

-- Break-glass elevations: platform-admin for everything until ends_at. Rows
-- are never changed or removed; an elevation ends by time alone.
CREATE TABLE break_glass (
    id         BIGSERIAL PRIMARY KEY,
    login      TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(btrim(reason)) > 0 AND char_length(reason) <= 500
                                   AND reason !~ '[\x01-\x1f\x7f-\x9f]'),
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    ends_at    TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > started_at)
);
CREATE INDEX break_glass_login ON break_glass (login, ends_at);

INSERT INTO policies (name, document) VALUES ('access', '{"break_glass_max_minutes": 60}');

-- Every change the functions below make, written by the database itself,
-- so a change made through psql is on record as well as one made through
-- Tenant Admin (which also writes it to the hash-chained audit log).
-- Append-only: nobody is granted UPDATE or DELETE.
CREATE TABLE access_history (
    id        BIGSERIAL PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor     TEXT NOT NULL DEFAULT session_user,
    action    TEXT NOT NULL CHECK (action IN ('login_created', 'granted', 'revoked', 'break_glass')),
    login     TEXT NOT NULL,
    role      TEXT NOT NULL DEFAULT '',
    tenant_id TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT ''
);

-- Whether the session's login stands outside access control.
CREATE FUNCTION ta_unrestricted() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                   WHERE r.rolname = session_user
                     AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_catalog.pg_class
                                                 WHERE oid = 'public.tenants'::regclass)))
$$;

CREATE FUNCTION ta_breaking_glass() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM break_glass b
                   WHERE b.login = session_user AND now() < b.ends_at)
$$;

-- Whether the login holds `wanted` for every tenant. Platform-admin implies
-- every role; any role lets one read (wanted = 'viewer').
CREATE FUNCTION ta_global(wanted text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT ta_unrestricted() OR ta_breaking_glass()
        OR EXISTS (SELECT 1 FROM access_members m
                   WHERE m.login = session_user AND m.tenant_id = ''
                     AND (m.role IN (wanted, 'platform-admin') OR wanted = 'viewer'))
$$;

-- The tenants for which the login holds `wanted` by a tenant-scoped grant.
CREATE FUNCTION ta_tenants(wanted text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT m.tenant_id), '{}') FROM access_members m
    WHERE m.login = session_user AND m.tenant_id <> ''
      AND (m.role IN (wanted, 'platform-admin') OR wanted = 'viewer')
$$;

CREATE FUNCTION ta_may(wanted text, tenant text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT ta_global(wanted) OR tenant = ANY (ta_tenants(wanted))
$$;

-- Whether the login belongs to this registry at all (any grant, break-glass
-- or outside the rules). The group roles are shared by every registry on
-- the server; rows are decided by this registry's own memberships.
CREATE FUNCTION ta_member() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT ta_global('viewer') OR EXISTS (SELECT 1 FROM access_members m WHERE m.login = session_user)
$$;

-- A standing platform admin (not one by break-glass), or outside the rules.
CREATE FUNCTION ta_standing_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT ta_unrestricted() OR EXISTS (SELECT 1 FROM access_members m
                                        WHERE m.login = session_user AND m.tenant_id = ''
                                          AND m.role = 'platform-admin')
$$;

-- The audit actor, a request's requester and its decider are the login:
-- a governed client cannot record another name.
CREATE FUNCTION ta_actor_is_login() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    claimed text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
    IF claimed IS DISTINCT FROM session_user AND claimed <> '' AND NOT ta_unrestricted() THEN
        RAISE EXCEPTION 'permission denied: % is recorded as the login %, not %',
            TG_ARGV[0], session_user, quote_literal(left(claimed, 80))
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_actor_is_login BEFORE INSERT ON audit_log
FOR EACH ROW WHEN (NEW.actor IS DISTINCT FROM session_user)
EXECUTE FUNCTION ta_actor_is_login('actor');
CREATE TRIGGER provisioning_requester_is_login BEFORE INSERT ON provisioning_requests
FOR EACH ROW WHEN (NEW.requested_by IS DISTINCT FROM session_user)
EXECUTE FUNCTION ta_actor_is_login('requested_by');
CREATE TRIGGER provisioning_decider_is_login BEFORE UPDATE OF decided_by ON provisioning_requests
FOR EACH ROW WHEN (NEW.decided_by IS DISTINCT FROM OLD.decided_by
                   AND NEW.decided_by IS DISTINCT FROM session_user
                   AND NEW.decided_by <> 'policy')
EXECUTE FUNCTION ta_actor_is_login('decided_by');

-- Four eyes, for every client: nobody decides their own request, and the
-- policy decides only what costs less than its threshold.
CREATE FUNCTION ta_request_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.decided_by = OLD.requested_by THEN
        RAISE EXCEPTION 'permission denied: % requested % and so cannot decide it',
            OLD.requested_by, OLD.request_id USING ERRCODE = '42501';
    END IF;
    IF NEW.decided_by <> 'policy' AND NOT ta_may('approver', OLD.tenant_id) THEN
        RAISE EXCEPTION 'permission denied: deciding request % needs the approver role',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    IF NEW.decided_by = 'policy' AND (NEW.status <> 'approved' OR NEW.estimated_cost >=
            (SELECT (document ->> 'auto_approve_below')::bigint FROM policies
             WHERE name = 'provisioning')) THEN
        RAISE EXCEPTION 'permission denied: the policy approves only requests below its threshold'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
-- A request id is refused when taken, before INSERT ... ON CONFLICT could
-- test a hidden row's columns (a side channel around row-level security).
CREATE FUNCTION ta_request_id_unused() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM provisioning_requests WHERE request_id = NEW.request_id) THEN
        RAISE EXCEPTION 'request id % is taken', NEW.request_id USING ERRCODE = '23505';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER provisioning_request_id_unused BEFORE INSERT ON provisioning_requests
FOR EACH ROW EXECUTE FUNCTION ta_request_id_unused();

-- A request is submitted pending by its own login, decided once by a login
-- other than its requester (or by the policy), and a decision is final.
CREATE FUNCTION ta_request_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF ta_unrestricted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'pending' OR NEW.decided_by <> '' OR NEW.decided_at IS NOT NULL
           OR NEW.requested_by IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'permission denied: a request is submitted pending, by its own login'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'pending' AND NEW.status <> 'pending' THEN
        IF NEW.status NOT IN ('approved', 'rejected') THEN
            RAISE EXCEPTION 'permission denied: request % is approved or rejected before anything else',
                OLD.request_id USING ERRCODE = '42501';
        END IF;
        IF NEW.decided_by <> 'policy'
           AND (NEW.decided_by IS DISTINCT FROM session_user OR session_user = OLD.requested_by) THEN
            RAISE EXCEPTION 'permission denied: % requested % and so cannot decide it',
                OLD.requested_by, OLD.request_id USING ERRCODE = '42501';
        END IF;
    ELSIF OLD.status <> 'pending' THEN
        IF (NEW.decided_by, NEW.decided_at, NEW.decision_comment)
               IS DISTINCT FROM (OLD.decided_by, OLD.decided_at, OLD.decision_comment)
           OR (NEW.status IS DISTINCT FROM OLD.status
               AND (OLD.status = 'rejected' OR NEW.status IN ('pending', 'approved', 'rejected'))) THEN
            RAISE EXCEPTION 'permission denied: the decision on request % is final', OLD.request_id
                USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.decided_by <> '' OR NEW.decided_at IS NOT NULL THEN
        RAISE EXCEPTION 'permission denied: a pending request has no decider' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER provisioning_request_guard BEFORE INSERT OR UPDATE ON provisioning_requests
FOR EACH ROW EXECUTE FUNCTION ta_request_guard();

-- What was asked for is fixed once asked: a decision is about those terms.
CREATE FUNCTION ta_request_terms_fixed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (NEW.tenant_id, NEW.tenant_name, NEW.tier, NEW.budget, NEW.estimated_cost, NEW.document,
        NEW.requested_by, NEW.requested_at)
       IS DISTINCT FROM
       (OLD.tenant_id, OLD.tenant_name, OLD.tier, OLD.budget, OLD.estimated_cost, OLD.document,
        OLD.requested_by, OLD.requested_at) AND NOT ta_unrestricted() THEN
        RAISE EXCEPTION 'permission denied: request % cannot be changed once submitted',
            OLD.request_id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER provisioning_request_terms_fixed BEFORE UPDATE ON provisioning_requests
FOR EACH ROW EXECUTE FUNCTION ta_request_terms_fixed();
CREATE TRIGGER provisioning_request_decision BEFORE UPDATE ON provisioning_requests
FOR EACH ROW WHEN (OLD.status = 'pending' AND NEW.status <> 'pending')
EXECUTE FUNCTION ta_request_decision();

-- The group roles (cluster-wide, so created once) and what each may do to
-- which table. Rows are then narrowed by the policies below.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['tenant_viewer', 'tenant_operator', 'tenant_flag_admin',
                             'tenant_approver', 'tenant_platform_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            -- Another registry on this server may be creating it right now.
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    FOR r IN SELECT unnest(ARRAY['tenant_viewer TO tenant_operator',
                                 'tenant_viewer TO tenant_flag_admin',
                                 'tenant_viewer TO tenant_approver',
                                 'tenant_operator TO tenant_platform_admin',
                                 'tenant_flag_admin TO tenant_platform_admin',
                                 'tenant_approver TO tenant_platform_admin']) LOOP
        BEGIN
            EXECUTE 'GRANT ' || r;
        EXCEPTION WHEN unique_violation OR duplicate_object THEN
            NULL;
        END;
    END LOOP;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO tenant_viewer', current_schema());
END
$$;
GRANT SELECT ON tier_defaults, tenants, feature_flags, flag_values, health_samples, policies,
    audit_log, audit_head, schema_migrations, provisioning_requests, provisioning_steps,
    tier_plans, regions, residency_rules, tenant_access, demo_resources, demo_downstream
    TO tenant_viewer;
-- Anyone who can sign in may ask what they hold (their own rows only, by
-- the policies below), even before any grant.
GRANT SELECT ON access_logins, access_members, break_glass, access_history TO PUBLIC;
-- Every role that changes anything writes its audit entry.
GRANT INSERT ON audit_log TO tenant_operator, tenant_flag_admin, tenant_approver;
GRANT INSERT, UPDATE, DELETE ON tenants, flag_values, tenant_access, demo_resources,
    demo_downstream TO tenant_operator;
GRANT INSERT ON health_samples, provisioning_requests TO tenant_operator;
GRANT INSERT, UPDATE, DELETE ON provisioning_steps TO tenant_operator;
GRANT USAGE, SELECT ON SEQUENCE health_samples_id_seq TO tenant_operator;
GRANT INSERT, UPDATE, DELETE ON feature_flags, flag_values TO tenant_flag_admin;
-- An approval creates the tenant's draft (and an auto-approval is the
-- submitter's update).
GRANT UPDATE ON provisioning_requests TO tenant_approver, tenant_operator;
GRANT INSERT ON tenants TO tenant_approver;
GRANT INSERT, UPDATE, DELETE ON tier_defaults, policies, tier_plans, regions,
    residency_rules, tenant_roles, provisioning_requests TO tenant_platform_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_signing_keys TO tenant_operator;
-- Row-level security narrows it to one's own mapping (tenant_access asks it).
GRANT SELECT ON tenant_roles TO tenant_viewer;

-- Row-level security. Tenant rows: readable with any role for the tenant,
-- writable by its operators. (SELECT ...) makes each check run once per
-- statement, not once per row.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_read ON tenants FOR SELECT
    USING ((SELECT ta_global('viewer')) OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
CREATE POLICY tenants_insert ON tenants FOR INSERT
    WITH CHECK ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[])
                OR (status = 'draft' AND ((SELECT ta_global('approver'))
                                          OR tenant_id = ANY ((SELECT ta_tenants('approver'))::text[]))));
CREATE POLICY tenants_update ON tenants FOR UPDATE
    USING ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))
    WITH CHECK ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]));
CREATE POLICY tenants_delete ON tenants FOR DELETE
    USING ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]));

-- The same shape for the other tables keyed by a tenant column.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('health_samples', 'tenant_id'),
                                   ('demo_resources', 'tenant_id'),
                                   ('demo_downstream', 'tenant_id'),
                                   ('provisioning_requests', 'tenant_id')) AS v(tab, col) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tab);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING ((SELECT ta_global(''viewer'')) '
                       'OR %I = ANY ((SELECT ta_tenants(''viewer''))::text[]))', t.tab || '_read', t.tab, t.col);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT ta_global(''operator'')) '
                       'OR %I = ANY ((SELECT ta_tenants(''operator''))::text[])) '
                       'WITH CHECK ((SELECT ta_global(''operator'')) '
                       'OR %I = ANY ((SELECT ta_tenants(''operator''))::text[]))',
                       t.tab || '_write', t.tab, t.col, t.col);
    END LOOP;
END
$$;
-- Whether a tenant's data is reachable: every tenant's own database role
-- reads it (tenant_documents' policy asks it), its operators change it.
ALTER TABLE tenant_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_access_read ON tenant_access FOR SELECT
    USING ((SELECT ta_global('viewer')) OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[])
           OR EXISTS (SELECT 1 FROM tenant_roles r
                      WHERE r.role_name = current_user AND r.tenant_id = tenant_access.tenant_id));
CREATE POLICY tenant_access_write ON tenant_access FOR ALL
    USING ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))
    WITH CHECK ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]));

-- A request is decided by an approver of its tenant.
CREATE POLICY provisioning_requests_decide ON provisioning_requests FOR UPDATE
    USING ((SELECT ta_global('approver')) OR tenant_id = ANY ((SELECT ta_tenants('approver'))::text[]))
    WITH CHECK ((SELECT ta_global('approver')) OR tenant_id = ANY ((SELECT ta_tenants('approver'))::text[]));

ALTER TABLE provisioning_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY provisioning_steps_read ON provisioning_steps FOR SELECT
    USING (EXISTS (SELECT 1 FROM provisioning_requests r WHERE r.request_id = provisioning_steps.request_id));
CREATE POLICY provisioning_steps_write ON provisioning_steps FOR ALL
    USING (EXISTS (SELECT 1 FROM provisioning_requests r
                   WHERE r.request_id = provisioning_steps.request_id
                     AND ((SELECT ta_global('operator')) OR r.tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))))
    WITH CHECK (EXISTS (SELECT 1 FROM provisioning_requests r
                        WHERE r.request_id = provisioning_steps.request_id
                          AND ((SELECT ta_global('operator')) OR r.tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))));

-- Flag values: global and tier values belong to flag admins; a tenant's
-- value also to that tenant's operators.
ALTER TABLE flag_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY flag_values_read ON flag_values FOR SELECT
    USING ((scope <> 'tenant' AND (SELECT ta_member())) OR (SELECT ta_global('viewer'))
           OR scope_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
CREATE POLICY flag_values_write ON flag_values FOR ALL
    USING ((SELECT ta_global('flag-admin'))
           OR (scope = 'tenant' AND ((SELECT ta_global('operator'))
                                     OR scope_id = ANY ((SELECT ta_tenants('operator'))::text[]))))
    WITH CHECK ((SELECT ta_global('flag-admin'))
                OR (scope = 'tenant' AND ((SELECT ta_global('operator'))
                                          OR scope_id = ANY ((SELECT ta_tenants('operator'))::text[]))));

-- The audit log: entries about a tenant are that tenant's rows; entries
-- about no tenant (a global flag, a grant) are readable by every member.
-- Writable only as INSERT (no UPDATE or DELETE is granted to anyone).
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING ((tenant_id = '' AND (SELECT ta_member())) OR (SELECT ta_global('viewer'))
           OR tenant_id = ANY ((SELECT ta_tenants('viewer'))::text[]));
-- An entry about a tenant is written by someone who may change it (an
-- operator or an approver of it, or a global flag admin); one about no
-- tenant by any member.
CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (
    CASE WHEN tenant_id = '' THEN (SELECT ta_member())
         ELSE (SELECT ta_global('operator')) OR (SELECT ta_global('approver'))
              OR (SELECT ta_global('flag-admin'))
              OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]
                                  || (SELECT ta_tenants('approver'))::text[]) END);

-- Tables of no tenant: readable by every member, changed by the role that
-- owns them. A lapsed break-glass keeps its group role until swept, but
-- these policies stop honouring it the moment it ends.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('tier_defaults', 'platform-admin'),

                                   ('tier_plans', 'platform-admin'),
                                   ('regions', 'platform-admin'),
                                   ('residency_rules', 'platform-admin'),
                                   ('tenant_roles', 'platform-admin'),
                                   ('feature_flags', 'flag-admin')) AS v(tab, owner_role) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tab);
        IF t.tab = 'tenant_roles' THEN
            -- A tenant's own database role reads its mapping (the data policy asks it).
            EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (role_name = current_user '
                           'OR (SELECT ta_global(''platform-admin'')))', t.tab || '_read', t.tab);
        ELSE
            EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING ((SELECT ta_member()))',
                           t.tab || '_read', t.tab);
        END IF;
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT ta_global(%L))) '
                       'WITH CHECK ((SELECT ta_global(%L)))',
                       t.tab || '_write', t.tab, t.owner_role, t.owner_role);
    END LOOP;
END
$$;

-- The policies: who may sign in how long, and who must approve what, are a
-- standing platform admin's alone; a break-glass elevation may neither
-- lengthen itself nor switch the approval chain off.
ALTER TABLE policies ENABLE ROW LEVEL SECURITY;
CREATE POLICY policies_read ON policies FOR SELECT USING ((SELECT ta_member()));
CREATE POLICY policies_write ON policies FOR ALL
    USING (CASE WHEN name IN ('access', 'approval') THEN (SELECT ta_standing_admin())
                ELSE (SELECT ta_global('platform-admin')) END)
    WITH CHECK (CASE WHEN name IN ('access', 'approval') THEN (SELECT ta_standing_admin())
                     ELSE (SELECT ta_global('platform-admin')) END);

-- A tenant's API signing key: a secret of that tenant's operators (who
-- provision and rotate it) and of platform admins, nobody else's.
ALTER TABLE tenant_signing_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_signing_keys_own ON tenant_signing_keys FOR ALL
    USING ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]))
    WITH CHECK ((SELECT ta_global('operator')) OR tenant_id = ANY ((SELECT ta_tenants('operator'))::text[]));

-- Who holds what: one's own rows, or everyone's for a platform admin. Only
-- the functions below change them.
ALTER TABLE access_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_members_read ON access_members FOR SELECT
    USING (login = session_user OR (SELECT ta_global('platform-admin')));
ALTER TABLE access_logins ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_logins_read ON access_logins FOR SELECT
    USING (login = session_user OR (SELECT ta_global('platform-admin')));
ALTER TABLE access_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_history_read ON access_history FOR SELECT
    USING (login = session_user OR actor = session_user OR (SELECT ta_global('platform-admin')));
ALTER TABLE break_glass ENABLE ROW LEVEL SECURITY;
CREATE POLICY break_glass_read ON break_glass FOR SELECT
    USING (login = session_user OR (SELECT ta_global('platform-admin')));

CREATE FUNCTION ta_require_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- A standing grant: a break-glass elevation may not hand out lasting roles.
    IF NOT ta_standing_admin() THEN
        RAISE EXCEPTION 'permission denied: managing users needs the platform-admin role'
            USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION ta_group_role(role text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'tenant_' || replace(role, '-', '_')
$$;

-- A new login with a password (scram, as the server hashes it). Logins the
-- server authenticates otherwise (LDAP, GSSAPI, certificates) are made by
-- its administrator and need only grants here.
CREATE FUNCTION ta_create_login(name text, password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM ta_require_admin();
    IF name !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'a login name is 1-63 lower-case letters, digits, _ . -, not %',
            quote_literal(left(name, 80)) USING ERRCODE = '22023';
    END IF;
    IF name LIKE 'pg\_%' OR name LIKE 'tenant\_%' THEN
        RAISE EXCEPTION 'login name % is reserved', quote_literal(name) USING ERRCODE = '22023';
    END IF;
    IF length(coalesce(password, '')) < 12 THEN
        RAISE EXCEPTION 'a password has at least 12 characters' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name) THEN
        RAISE EXCEPTION 'login % already exists', quote_literal(name) USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', name, password);
    INSERT INTO access_logins (login, created_by) VALUES (name, session_user);
    INSERT INTO access_history (action, login) VALUES ('login_created', name);
END
$$;

CREATE FUNCTION ta_grant(name text, wanted text, tenant text, auth text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    added integer;
BEGIN
    PERFORM ta_require_admin();
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name AND rolcanlogin) THEN
        RAISE EXCEPTION 'no login named %', quote_literal(left(name, 80)) USING ERRCODE = '42704';
    END IF;
    INSERT INTO access_members (login, role, tenant_id, authority, granted_by)
    VALUES (name, wanted, coalesce(tenant, ''), coalesce(auth, ''), session_user)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    EXECUTE format('GRANT %I TO %I', ta_group_role(wanted), name);
    IF added > 0 THEN
        INSERT INTO access_history (action, login, role, tenant_id, authority)
        VALUES ('granted', name, wanted, coalesce(tenant, ''), coalesce(auth, ''));
    END IF;
    RETURN added > 0;
END
$$;

CREATE FUNCTION ta_revoke(name text, wanted text, tenant text, auth text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    removed integer;
BEGIN
    PERFORM ta_require_admin();
    DELETE FROM access_members
    WHERE login = name AND role = wanted AND tenant_id = coalesce(tenant, '')
      AND authority = coalesce(auth, '');
    GET DIAGNOSTICS removed = ROW_COUNT;
    IF removed > 0 THEN
        INSERT INTO access_history (action, login, role, tenant_id, authority)
        VALUES ('revoked', name, wanted, coalesce(tenant, ''), coalesce(auth, ''));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM access_members WHERE login = name AND role = wanted)
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name) THEN
        EXECUTE format('REVOKE %I FROM %I', ta_group_role(wanted), name);
    END IF;
    RETURN removed > 0;
END
$$;

-- Break-glass: a member who holds any role asks, with a reason, for at most
-- the policy's maximum of minutes. The database ends it by time (every
-- policy asks the clock); the group role it lent is taken back by the next
-- elevation's sweep, and grants nothing meanwhile.
CREATE FUNCTION ta_sweep_break_glass() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    lapsed text;
BEGIN
    FOR lapsed IN SELECT DISTINCT b.login FROM break_glass b
                  WHERE NOT EXISTS (SELECT 1 FROM break_glass a
                                    WHERE a.login = b.login AND now() < a.ends_at)
                    AND NOT EXISTS (SELECT 1 FROM access_members m
                                    WHERE m.login = b.login AND m.role = 'platform-admin')
                    AND pg_catalog.pg_has_role(b.login, 'tenant_platform_admin', 'MEMBER') LOOP
        EXECUTE format('REVOKE tenant_platform_admin FROM %I', lapsed);
    END LOOP;
END
$$;

CREATE FUNCTION ta_break_glass(why text, minutes integer) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    most integer := (SELECT (document ->> 'break_glass_max_minutes')::integer
                     FROM policies WHERE name = 'access');
    ends timestamptz;
BEGIN
    PERFORM ta_sweep_break_glass();
    -- For those who change things here (an on-call operator), not for readers.
    IF NOT EXISTS (SELECT 1 FROM access_members WHERE login = session_user AND role <> 'viewer') THEN
        RAISE EXCEPTION 'permission denied: break-glass needs the operator, flag-admin or approver role here'
            USING ERRCODE = '42501';
    END IF;
    -- However the policy is edited, never more than four hours at once.
    most := least(coalesce(most, 60), 240);
    IF minutes IS NULL OR minutes < 1 OR minutes > most THEN
        RAISE EXCEPTION 'break-glass lasts 1 to % minutes, not %', most, minutes
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO break_glass (login, reason, ends_at)
    VALUES (session_user, why, now() + make_interval(mins => minutes))
    RETURNING ends_at INTO ends;
    INSERT INTO access_history (action, login, role, detail)
    VALUES ('break_glass', session_user, 'platform-admin', why);
    EXECUTE format('GRANT tenant_platform_admin TO %I', session_user);
    RETURN ends;
END
$$;

REVOKE ALL ON FUNCTION ta_create_login(text, text), ta_grant(text, text, text, text),
    ta_revoke(text, text, text, text), ta_break_glass(text, integer), ta_sweep_break_glass()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ta_create_login(text, text), ta_grant(text, text, text, text),
    ta_revoke(text, text, text, text), ta_break_glass(text, integer), ta_sweep_break_glass()
    TO tenant_viewer;

-- Every definer function of the registry, the audit head's included, looks
-- up tables in the schema and the catalog before a session's temporary
-- tables: a temporary table named like one of them cannot stand in for it.
-- Temporary tables themselves are not for registry logins.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND p.prosecdef LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', f);
    END LOOP;
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- The audit head advanced once per audit row, rewriting its one row each
-- time; in a bulk import's single transaction PostgreSQL keeps every version
-- of that row, so each update walked all the earlier ones (quadratic: 100,000
-- imported tenants took minutes). Once per statement, from the statement's
-- inserted rows, gives the same head.
CREATE FUNCTION audit_head_advance_statement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO audit_head (id, last_seq, last_hash)
    SELECT 1, seq, hash FROM inserted ORDER BY seq DESC LIMIT 1
    ON CONFLICT (id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash;
    RETURN NULL;
END
$$;

DROP TRIGGER audit_head_advance ON audit_log;
DROP FUNCTION audit_head_advance();

CREATE TRIGGER audit_head_advance AFTER INSERT ON audit_log
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION audit_head_advance_statement();

-- The tenant table loads in code-point order (as QString compares); with the
-- database's own collation the primary key cannot serve that order, and the
-- first rows waited for a sort of every tenant.
CREATE INDEX tenants_id_codepoint ON tenants (tenant_id COLLATE "C");

-- The input rules as CHECK constraints (core/input/limits.h has the same
-- numbers; the README's "Input rules" table lists them). Lengths count
-- characters. Single-line text holds no control character (U+0001-U+001F,
-- U+007F-U+009F; PostgreSQL text cannot hold U+0000 at all); multi-line
-- text may hold tabs and line breaks. Core refuses such input first, with a
-- message naming the field; these constraints hold for every other client,
-- psql included. Mirrors sqlite/008.
--
-- NOT VALID: rows written before the limits stay as they are (and readable);
-- every new write is checked.

ALTER TABLE tenants ADD CONSTRAINT tenants_tenant_name_limit
    CHECK (char_length(tenant_name) <= 200 AND tenant_name !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_technical_contact_limit
    CHECK (char_length(technical_contact) <= 254 AND technical_contact !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_billing_contact_limit
    CHECK (char_length(billing_contact) <= 254 AND billing_contact !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_incident_contact_limit
    CHECK (char_length(incident_contact) <= 254 AND incident_contact !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_billing_email_limit
    CHECK (char_length(billing_email) <= 254 AND billing_email !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_crm_id_limit
    CHECK (char_length(crm_id) <= 64 AND crm_id !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_billing_account_id_limit
    CHECK (char_length(billing_account_id) <= 64 AND billing_account_id !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_cost_center_limit
    CHECK (char_length(cost_center) <= 64 AND cost_center !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_region_limit
    CHECK (char_length(region) <= 32 AND region !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_max_documents_limit CHECK (max_documents <= 9007199254740991) NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_max_queries_per_day_limit CHECK (max_queries_per_day <= 9007199254740991) NOT VALID;
ALTER TABLE tenants ADD CONSTRAINT tenants_monthly_budget_limit CHECK (monthly_budget <= 9007199254740991) NOT VALID;
-- Core's rule is 65,536 bytes of compact JSON with numbers of moderate
-- size; jsonb prints wider (spaces, numbers in full), so this backstop
-- allows four times that.
ALTER TABLE tenants ADD CONSTRAINT tenants_metadata_limit
    CHECK (octet_length(metadata::text) <= 262144) NOT VALID;
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_description_limit
    CHECK (char_length(description) <= 2000 AND description !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_owner_limit
    CHECK (char_length(owner) <= 200 AND owner !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_limit
    CHECK (char_length(actor) <= 128 AND actor !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_tenant_id_limit CHECK (char_length(tenant_id) <= 63) NOT VALID;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_reason_limit
    CHECK (char_length(reason) <= 1000 AND reason !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_tenant_id_limit CHECK (char_length(tenant_id) <= 63) NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_tenant_name_limit
    CHECK (char_length(tenant_name) <= 200 AND tenant_name !~ '[\x01-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_budget_limit CHECK (budget <= 9007199254740991) NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_document_limit
    CHECK (octet_length(document::text) <= 131072) NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_requested_by_limit CHECK (char_length(requested_by) <= 128) NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_decided_by_limit CHECK (char_length(decided_by) <= 128) NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_decision_comment_limit
    CHECK (char_length(decision_comment) <= 1000 AND decision_comment !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]') NOT VALID;
ALTER TABLE provisioning_requests ADD CONSTRAINT provisioning_requests_outcome_limit CHECK (char_length(outcome) <= 2000) NOT VALID;

-- The approval chain (mirrors postgresql/010): the approval policy as
-- data, each request's required authorities fixed at submission, and one
-- row per authority given or refused. Without logins, SQLite trusts the
-- actor names the one local user's tools record.
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

ALTER TABLE provisioning_requests ADD COLUMN required_authorities TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(required_authorities) AND json_type(required_authorities) = 'array');

CREATE TABLE provisioning_approvals (
    request_id TEXT NOT NULL REFERENCES provisioning_requests (request_id),
    authority  TEXT NOT NULL CHECK (authority IN ('cfo', 'cto', 'legal', 'compliance', 'dpo')),
    approver   TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 254),
    decision   TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment    TEXT NOT NULL CHECK (length(comment) <= 1000),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (request_id, authority),
    UNIQUE (request_id, approver)
);

-- Requests still waiting were submitted under the single-approver rule:
-- they keep it (one cfo approval), rather than being approved by default.
UPDATE provisioning_requests SET required_authorities = '["cfo"]' WHERE status = 'pending';

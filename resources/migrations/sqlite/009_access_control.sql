-- Access control lives in PostgreSQL (postgresql/009): logins, roles,
-- memberships, row-level security, break-glass. A SQLite registry is one
-- local user with no access control, and says so wherever it is shown.
-- The policy row keeps the two schemas' policies alike.
INSERT INTO policies (name, document) VALUES ('access', '{"break_glass_max_minutes": 60}');

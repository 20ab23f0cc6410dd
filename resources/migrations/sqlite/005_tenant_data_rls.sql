-- Row-level security exists on PostgreSQL only; SQLite (the demo backend)
-- keeps the number so both backends share one schema version.
SELECT 1;

-- PostgreSQL's 007 moves the audit head's update from per row to per
-- statement. SQLite has only row triggers, and there the head's one row is
-- updated in place, so a bulk import stays linear: nothing changes here but
-- the version, which keeps both backends' migration lists alike.
SELECT 1;

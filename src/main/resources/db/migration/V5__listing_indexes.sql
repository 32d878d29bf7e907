-- Indexes for the read commands (issue 14), which filter in SQL instead of loading every item:
-- open items by due date (todos --overdue, reminders, the digest's overdue list), items changed in
-- a window (the digest's done list), meetings by date (the digest's window).
CREATE INDEX items_status_due ON items (status, due);
CREATE INDEX items_status_changed ON items (status, status_changed_at);
CREATE INDEX meetings_date ON meetings (meeting_date);

-- Issue 16 (versioned by issue number, so parallel branches do not collide): edits flow through.
--
-- Repeated reminders (overdue, or open without a due date) sent for an item, one row per item and
-- local day, with the due date the item had then: reminders stop after reminders.max-repeats rows
-- for the current due date, so moving the due date starts the count again.
CREATE TABLE item_reminders (
  item_id      BIGINT NOT NULL REFERENCES items (id),
  reminded_on  TEXT NOT NULL,
  due          TEXT,
  PRIMARY KEY (item_id, reminded_on)
);

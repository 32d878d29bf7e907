-- Adoption (issue 12): meetings imported as history — dated before the store's cutoff, or ingested
-- with `ingest --backfill` — are stored and listed but open no issue, are not announced and remind
-- nobody until someone asks (`issues open --since DATE`, `/issue` on one item). A meeting is
-- marked once, in the transaction that creates it. Meetings of existing stores are not history:
-- they were adopted before.
CREATE TABLE history_meetings (
  meeting_id  BIGINT PRIMARY KEY REFERENCES meetings (id)
);

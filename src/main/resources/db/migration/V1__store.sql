-- Minutes store, version 1: meetings, action items and their history, the outbox, side effects.
-- Portable between SQLite and PostgreSQL, so one set of migrations serves both:
--   * ids come from the counters table (no vendor auto-increment);
--   * instants are BIGINT epoch milliseconds (UTC); dates are TEXT 'YYYY-MM-DD';
--   * lists (teams, owners, refs, agenda, decisions) are TEXT holding a JSON array.

CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('meeting', 0);
INSERT INTO counters (name, value) VALUES ('item', 0);
INSERT INTO counters (name, value) VALUES ('event', 0);

CREATE TABLE meetings (
  id               BIGINT PRIMARY KEY,
  source           TEXT NOT NULL UNIQUE,
  content_hash     TEXT NOT NULL,
  title            TEXT,
  meeting_datetime TEXT,
  meeting_date     TEXT,
  teams            TEXT NOT NULL,
  participants     TEXT NOT NULL,
  agenda           TEXT NOT NULL,
  decisions        TEXT NOT NULL,
  next_meeting     TEXT,
  ingested_at      BIGINT NOT NULL,
  updated_at       BIGINT NOT NULL
);

CREATE TABLE items (
  id                BIGINT PRIMARY KEY,
  meeting_id        BIGINT NOT NULL REFERENCES meetings (id),
  item_key          TEXT NOT NULL UNIQUE,
  text              TEXT NOT NULL,
  owners            TEXT NOT NULL,
  due               TEXT,
  refs              TEXT NOT NULL,
  section           TEXT,
  line              INTEGER NOT NULL,
  status            TEXT NOT NULL,
  created_at        BIGINT NOT NULL,
  status_changed_at BIGINT NOT NULL,
  snoozed_until     BIGINT
);
CREATE INDEX items_meeting ON items (meeting_id);
CREATE INDEX items_status ON items (status);

CREATE TABLE item_history (
  item_id     BIGINT NOT NULL REFERENCES items (id),
  changed_at  BIGINT NOT NULL,
  actor       TEXT NOT NULL,
  change_kind TEXT NOT NULL,
  detail      TEXT
);
CREATE INDEX item_history_item ON item_history (item_id);

-- The outbox: what ingest and status changes did, for the GitHub and Discord followers to read
-- exactly once (each keeps its own cursor).
CREATE TABLE events (
  id         BIGINT PRIMARY KEY,
  kind       TEXT NOT NULL,
  meeting_id BIGINT,
  item_id    BIGINT,
  created_at BIGINT NOT NULL
);
CREATE TABLE event_cursors (
  consumer      TEXT PRIMARY KEY,
  last_event_id BIGINT NOT NULL
);

-- Side effects (an issue opened, a message posted, a digest sent) claimed by a unique key, so a
-- retry, a restart or a second process never does one twice.
CREATE TABLE side_effects (
  effect_key   TEXT PRIMARY KEY,
  claimed_at   BIGINT NOT NULL,
  completed_at BIGINT,
  external_ref TEXT
);

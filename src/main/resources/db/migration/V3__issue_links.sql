-- GitHub issues and pull requests that track action items.
CREATE TABLE issue_links (
  item_id        BIGINT PRIMARY KEY REFERENCES items (id),
  repo           TEXT NOT NULL,
  number         BIGINT NOT NULL,
  url            TEXT NOT NULL,
  pull_request   INTEGER NOT NULL,
  opened_by_us   INTEGER NOT NULL,
  state          TEXT NOT NULL,
  linked_at      BIGINT NOT NULL
);
CREATE INDEX issue_links_by_issue ON issue_links (repo, number);

-- How far `minutes sync` has read each repository's changes (GitHub's updated_at clock).
CREATE TABLE tracker_sync (
  repo          TEXT PRIMARY KEY,
  synced_until  BIGINT NOT NULL
);

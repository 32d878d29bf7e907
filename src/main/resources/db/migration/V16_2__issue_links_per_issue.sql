-- Issue 16: edits flow through (versioned by issue number, see V16_1).
--
-- An item may be tracked by several issues and pull requests (every one its text mentions), so
-- issue_links is keyed by item and issue. For the issues Minutes opened it also keeps what Minutes
-- last wrote (title, the generated part of the body, assignees as a JSON array), so that an edit
-- made by people on GitHub is recognised and left alone. Rebuilt by copy: SQLite cannot change a
-- primary key in place.
CREATE TABLE issue_links_v5 (
  item_id            BIGINT NOT NULL REFERENCES items (id),
  repo               TEXT NOT NULL,
  number             BIGINT NOT NULL,
  url                TEXT NOT NULL,
  pull_request       INTEGER NOT NULL,
  opened_by_us       INTEGER NOT NULL,
  state              TEXT NOT NULL,
  linked_at          BIGINT NOT NULL,
  written_title      TEXT,
  written_body       TEXT,
  written_assignees  TEXT,
  PRIMARY KEY (item_id, repo, number)
);
INSERT INTO issue_links_v5 (item_id, repo, number, url, pull_request, opened_by_us, state,
                            linked_at)
  SELECT item_id, repo, number, url, pull_request, opened_by_us, state, linked_at
  FROM issue_links;
DROP TABLE issue_links;
ALTER TABLE issue_links_v5 RENAME TO issue_links;
CREATE INDEX issue_links_by_issue ON issue_links (repo, number);

-- Discord members linked to people of the directory with /iam (issue 5). A row without
-- confirmed_by is a request waiting for a maintainer.
CREATE TABLE member_links (
  chat_user_id   TEXT PRIMARY KEY,
  person         TEXT NOT NULL,
  requested_at   BIGINT NOT NULL,
  confirmed_by   TEXT,
  confirmed_at   BIGINT
);

-- Meeting identity (issue 12): a meeting is its file's path relative to the notes root, no longer
-- the path as it was typed. SQL cannot resolve paths on the filesystem, so this migration only
-- remembers which meetings still carry a typed path; the first `minutes ingest` after it resolves
-- each of those paths (real path, relative to the notes root) and re-keys the meeting, then
-- removes its row here. Meetings created from now on are keyed on ingest and never listed here.
CREATE TABLE unkeyed_meetings (
  meeting_id  BIGINT PRIMARY KEY REFERENCES meetings (id)
);
INSERT INTO unkeyed_meetings (meeting_id) SELECT id FROM meetings;

-- Scale (issue 14): an unchanged re-ingest does not read a file whose size and modification time
-- are the ones recorded when it was last read, as git's index does, so its cost grows with the
-- number of files, not with their bytes. NULL: not known yet; the file is read and hashed.
ALTER TABLE meetings ADD COLUMN file_stamp TEXT;

-- A file that is refused (lint errors, limits) or is not meeting notes has no meeting to hold its
-- stamp: its verdict is kept here with the stamp it was reached on, and replayed, findings and
-- all, while the file keeps that stamp. A file that later goes in loses its verdict.
CREATE TABLE file_verdicts (
  source             TEXT PRIMARY KEY,
  stamp              TEXT NOT NULL,
  not_meeting_notes  BOOLEAN NOT NULL,
  title              TEXT,
  findings           TEXT NOT NULL
);

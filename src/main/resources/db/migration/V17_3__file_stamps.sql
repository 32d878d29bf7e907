-- Scale (issue 14): an unchanged re-ingest does not read a file whose size and modification time
-- are the ones recorded when it was last read, as git's index does, so its cost grows with the
-- number of files, not with their bytes. NULL: not known yet; the file is read and hashed.
ALTER TABLE meetings ADD COLUMN file_stamp TEXT;

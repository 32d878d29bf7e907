-- People who turned reminders off (/remind off, minutes remind --off). A row means "do not remind";
-- turning reminders back on deletes it. Keyed by the person's directory name, compared
-- case-insensitively by the reminder policy.
CREATE TABLE reminder_opt_outs (
  person        TEXT PRIMARY KEY,
  opted_out_at  BIGINT NOT NULL
);

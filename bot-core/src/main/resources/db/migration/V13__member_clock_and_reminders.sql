-- Each member's own clock and language, and what they want to be reminded of and when.
--   time_zone / language   learned from the platform (Slack's users.info, Discord's locale) when
--                          the member is seen, or chosen with /salesbot me; null = the workspace's
--   *_chosen               the member chose it: the platform no longer overrides it
--   quiet_hours            hold reminders between 20:00 and 08:00 local and at weekends
--   my_day_at              the local time of the morning "my day" DM; null = off
ALTER TABLE member
    ADD COLUMN time_zone         VARCHAR(64) NULL,
    ADD COLUMN time_zone_chosen  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN language          VARCHAR(8)  NULL,
    ADD COLUMN language_chosen   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN quiet_hours       BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN my_day_at         TIME        NULL DEFAULT '09:00:00',
    ADD COLUMN last_my_day_on    DATE        NULL;

-- How far the due-task reminders have looked: the next run looks from here to now, so a task that
-- fell due while no instance ran is still reminded of, and none is looked at twice. One row per
-- schedule, locked while it runs.
CREATE TABLE reminder_cursor (
    name        VARCHAR(32)  NOT NULL PRIMARY KEY,
    reached_at  TIMESTAMP(6) NOT NULL
);

-- A deal's stale alerts snoozed by its owner, with why (/opp snooze): no alert reaches the owner
-- before snoozed_until, and the manager hears the reason instead of an escalation. Kept in the
-- deal's history too (SNOOZED, the reason as the entry's note).
ALTER TABLE opportunity
    ADD COLUMN snoozed_until DATE         NULL,
    ADD COLUMN snooze_reason VARCHAR(500) NULL;

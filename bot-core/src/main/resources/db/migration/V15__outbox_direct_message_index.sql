-- The direct-message senders look for the next due DM only. Through ix_outbox_due their
-- SELECT ... FOR UPDATE walked past (and, under REPEATABLE READ, kept locked) the channel posts
-- due before it, so the channel loop's SKIP LOCKED skipped a post a sender was only passing: the
-- post waited for the next poll. With the kind in the index a sender touches DMs alone.
CREATE INDEX ix_outbox_due_dm ON outbox (status, target_kind, next_attempt_at, id);

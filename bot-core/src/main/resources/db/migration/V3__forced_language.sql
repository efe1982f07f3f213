-- A workspace may insist on its language; otherwise each person's platform language (Discord's
-- locale) wins over the workspace's default.
ALTER TABLE workspace ADD COLUMN language_forced BOOLEAN NOT NULL DEFAULT FALSE;

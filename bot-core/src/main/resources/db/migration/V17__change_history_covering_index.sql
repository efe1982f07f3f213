-- /forecast changes reads every change of the period since a moment: which deal, which field,
-- its value before. Through ix_change_workspace_time (workspace, moment) each of those rows was
-- then read by primary key, tens of thousands of them for a week of a large team. The same index
-- now holds what is read, so the week's changes are one range of it.
DROP INDEX ix_change_workspace_time ON opportunity_change;
CREATE INDEX ix_change_workspace_time
    ON opportunity_change (workspace_id, changed_at, field, opportunity_id, from_ref, from_value);

-- How long a deal may stay in an open stage before it counts as stuck (admins set it per stage;
-- NULL = no limit, and the deal is stale only by the old rule: untouched for 14 days), and when
-- each deal entered the stage it is in, so "stuck" is a range scan rather than a walk through
-- every deal's history.

ALTER TABLE stage
    ADD COLUMN stuck_after_days INT NULL,
    ADD CONSTRAINT ck_stage_stuck_after_days CHECK (stuck_after_days IS NULL OR stuck_after_days BETWEEN 1 AND 3650);

-- NULL only for rows written by hand without it; readers take the deal's creation then.
ALTER TABLE opportunity ADD COLUMN stage_entered_at TIMESTAMP(6) NULL;

-- The stage a deal is in was entered at its last stage event (created, moved, reopened).
UPDATE opportunity o
SET o.stage_entered_at = COALESCE(
        (SELECT MAX(c.changed_at) FROM opportunity_change c
         WHERE c.opportunity_id = o.id AND c.field IN ('CREATED', 'STAGE', 'REOPENED')),
        o.created_at);

CREATE INDEX ix_opportunity_stage_entered ON opportunity (workspace_id, stage_id, stage_entered_at);

-- /pipeline funnel's cohort: the deals created in a period, and those closed in it.
CREATE INDEX ix_opportunity_created ON opportunity (workspace_id, created_at);
CREATE INDEX ix_opportunity_closed ON opportunity (workspace_id, closed_at);

-- How the forecast moved (issue 15).

-- Slippage: how many times each deal's close date was pushed later while it was open. Kept on the
-- deal, as its amount is, so the card, the pipeline's list and the slip rate read one column.
ALTER TABLE opportunity ADD COLUMN slip_count INT NOT NULL DEFAULT 0;

-- Owner changes name the members (display names, as people read them); these say which members,
-- so one rep's forecast can be replayed to any moment however the names change later.
ALTER TABLE opportunity_change ADD COLUMN from_ref BIGINT NULL, ADD COLUMN to_ref BIGINT NULL;

-- The count for the history written so far: close-date changes to a later date, except the ones a
-- reopening made (the date the deal had while open given back, recorded in the same moment).
UPDATE opportunity o
SET o.slip_count = (
    SELECT COUNT(*) FROM opportunity_change h
    WHERE h.opportunity_id = o.id AND h.field = 'CLOSE_DATE'
      AND h.from_value IS NOT NULL AND h.to_value IS NOT NULL AND h.to_value > h.from_value
      AND NOT EXISTS (SELECT 1 FROM opportunity_change r
                      WHERE r.opportunity_id = h.opportunity_id AND r.field = 'REOPENED'
                        AND r.changed_at = h.changed_at));

-- The slip rate of a period, per rep: the period's deals by close date, read from the index alone.
CREATE INDEX ix_opportunity_slips ON opportunity (workspace_id, expected_close_date, owner_id, slip_count);

-- The pipeline's list of deals pushed out three times or more.
CREATE INDEX ix_opportunity_slip_count ON opportunity (workspace_id, slip_count);

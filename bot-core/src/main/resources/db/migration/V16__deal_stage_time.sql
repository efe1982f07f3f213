-- /pipeline funnel at a million deals. Reading every cohort deal's stage history (a window over
-- opportunity_change, stages matched by name) took seconds once the history outgrew the buffer
-- pool. Each deal now keeps, per stage it has entered, its finished stays and their length, and
-- when its running stay began: what the funnel reads, a few narrow rows per deal.
--
-- Each row also carries its deal's workspace, owner, creation and close, so the funnel reads its
-- cohort's stays by two range scans of this table, not one lookup per deal (at a million deals,
-- 40,000 lookups cost more than the whole answer may).
--
-- Kept by a trigger on the history itself, so whoever writes a stage event (the services, the
-- CSV import, the demo, a DBA) keeps it exact: a stage event ends the deal's running stay at the
-- event's moment and begins one in the stage it names. The stage is resolved when the event is
-- written, so a stage renamed later keeps its earlier stays.
CREATE TABLE deal_stage_time (
    opportunity_id BIGINT       NOT NULL,
    stage_id       BIGINT       NOT NULL,
    stays          INT          NOT NULL,
    seconds        BIGINT       NOT NULL,
    entered_at     TIMESTAMP(6) NULL,
    workspace_id   BIGINT       NOT NULL,
    owner_id       BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    closed_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (opportunity_id, stage_id),
    CONSTRAINT fk_stage_time_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE,
    CONSTRAINT fk_stage_time_stage FOREIGN KEY (stage_id) REFERENCES stage (id) ON DELETE CASCADE
);

-- Today's history, as the funnel read it until now: each stage event's stay ends at the deal's
-- next stage event.
INSERT INTO deal_stage_time (opportunity_id, stage_id, stays, seconds, entered_at, workspace_id, owner_id,
                             created_at, closed_at)
SELECT t.opportunity_id, t.stage_id, t.stays, t.seconds, t.entered_at, o.workspace_id, o.owner_id,
       o.created_at, o.closed_at
FROM (
    SELECT e.opportunity_id, s.id AS stage_id,
           COUNT(e.left_at) AS stays,
           COALESCE(SUM(TIMESTAMPDIFF(SECOND, e.entered, e.left_at)), 0) AS seconds,
           MAX(IF(e.left_at IS NULL, e.entered, NULL)) AS entered_at
    FROM (
        SELECT c.opportunity_id, c.workspace_id, c.to_value, c.changed_at AS entered,
               LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id) AS left_at
        FROM opportunity_change c
        WHERE c.field IN ('CREATED', 'STAGE', 'REOPENED')
    ) e
    JOIN stage s ON s.workspace_id = e.workspace_id AND s.name = e.to_value
    GROUP BY e.opportunity_id, s.id
) t
JOIN opportunity o ON o.id = t.opportunity_id;

CREATE INDEX ix_stage_time_created ON deal_stage_time (workspace_id, created_at, owner_id, stage_id, stays, seconds);
CREATE INDEX ix_stage_time_closed ON deal_stage_time (workspace_id, closed_at, created_at, owner_id, stage_id, stays, seconds);

DELIMITER //

-- The running stay is ended by its key alone. Updating "the deal's rows whose stay is running"
-- would lock the gap after the deal's rows too, and for the newest deal that gap is where every
-- new deal's rows go: an import creating thousands of deals would hold it to its commit, and
-- another member's new deal would wait for the import. A deal's first event has nothing to end.
CREATE TRIGGER opportunity_change_stage_time AFTER INSERT ON opportunity_change FOR EACH ROW
BEGIN
    DECLARE running BIGINT DEFAULT NULL;
    IF NEW.field IN ('CREATED', 'STAGE', 'REOPENED') THEN
        IF NEW.field <> 'CREATED' THEN
            SET running = (SELECT t.stage_id FROM deal_stage_time t
                           WHERE t.opportunity_id = NEW.opportunity_id AND t.entered_at IS NOT NULL LIMIT 1);
        END IF;
        IF running IS NOT NULL THEN
            UPDATE deal_stage_time
               SET stays = stays + 1,
                   seconds = seconds + TIMESTAMPDIFF(SECOND, entered_at, NEW.changed_at),
                   entered_at = NULL
             WHERE opportunity_id = NEW.opportunity_id AND stage_id = running;
        END IF;
        INSERT INTO deal_stage_time (opportunity_id, stage_id, stays, seconds, entered_at, workspace_id, owner_id,
                                     created_at, closed_at)
        SELECT NEW.opportunity_id, s.id, 0, 0, NEW.changed_at, o.workspace_id, o.owner_id, o.created_at, o.closed_at
          FROM stage s
          JOIN opportunity o ON o.id = NEW.opportunity_id
         WHERE s.workspace_id = NEW.workspace_id AND s.name = NEW.to_value
        ON DUPLICATE KEY UPDATE entered_at = VALUES(entered_at);
    END IF;
END//

-- History is not rewritten by the product; if a DBA deletes a deal's stage event, its stays are
-- worked out again from what is left.
CREATE TRIGGER opportunity_change_stage_time_delete AFTER DELETE ON opportunity_change FOR EACH ROW
BEGIN
    IF OLD.field IN ('CREATED', 'STAGE', 'REOPENED') THEN
        DELETE FROM deal_stage_time WHERE opportunity_id = OLD.opportunity_id;
        INSERT INTO deal_stage_time (opportunity_id, stage_id, stays, seconds, entered_at, workspace_id, owner_id,
                                     created_at, closed_at)
        SELECT e.opportunity_id, s.id, COUNT(e.left_at),
               COALESCE(SUM(TIMESTAMPDIFF(SECOND, e.entered, e.left_at)), 0),
               MAX(IF(e.left_at IS NULL, e.entered, NULL)),
               MIN(o.workspace_id), MIN(o.owner_id), MIN(o.created_at), MIN(o.closed_at)
        FROM (
            SELECT c.opportunity_id, c.to_value, c.changed_at AS entered,
                   LEAD(c.changed_at) OVER (ORDER BY c.changed_at, c.id) AS left_at
            FROM opportunity_change c
            WHERE c.opportunity_id = OLD.opportunity_id AND c.field IN ('CREATED', 'STAGE', 'REOPENED')
        ) e
        JOIN stage s ON s.workspace_id = OLD.workspace_id AND s.name = e.to_value
        JOIN opportunity o ON o.id = e.opportunity_id
        GROUP BY e.opportunity_id, s.id;
    END IF;
END//

-- The deal's owner, creation and close follow it into its rows. (Hibernate writes a change's
-- history before the deal's own update, so a deal closed now gets its close here.)
CREATE TRIGGER opportunity_stage_time_update AFTER UPDATE ON opportunity FOR EACH ROW
BEGIN
    IF NOT (OLD.owner_id <=> NEW.owner_id AND OLD.created_at <=> NEW.created_at AND OLD.closed_at <=> NEW.closed_at) THEN
        UPDATE deal_stage_time
           SET owner_id = NEW.owner_id, created_at = NEW.created_at, closed_at = NEW.closed_at
         WHERE opportunity_id = NEW.id;
    END IF;
END//

DELIMITER ;

-- The cohort (deals created in a period, and those closed in it) read from the indexes alone,
-- with the owner a rep's funnel filters on and the stage each deal is in now; and the period's
-- closed deals (won or lost, amounts) as well.
DROP INDEX ix_opportunity_created ON opportunity;
DROP INDEX ix_opportunity_closed ON opportunity;
CREATE INDEX ix_opportunity_created ON opportunity (workspace_id, created_at, owner_id, stage_id);
CREATE INDEX ix_opportunity_closed ON opportunity (workspace_id, closed_at, created_at, owner_id, stage_id, stage_kind,
                                                  estimated_revenue);

-- The funnel's stuck deals: counted and listed longest first on this index alone, a rep's too.
DROP INDEX ix_opportunity_stage_entered ON opportunity;
CREATE INDEX ix_opportunity_stage_entered ON opportunity (workspace_id, stage_id, stage_entered_at, owner_id);

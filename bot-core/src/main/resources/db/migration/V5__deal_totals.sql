-- Roll-ups for the manager questions. At a million deals in one workspace even an index-only
-- aggregate reads 600,000 index entries per question; these tables hold the same sums per
-- stage and rep (open pipeline), per close month, stage kind and rep (forecast, and the deals
-- closed this quarter: a pipeline has one won and one lost stage) and per campaign and stage kind
-- (campaign report): a few thousand rows per workspace and year.
--
-- Triggers keep them exact: every insert, update and delete of a deal, whoever makes it (the
-- services, CSV imports, bulk loads, a DBA), adds and subtracts its contribution in the same
-- transaction. A row whose deals fall to zero stays, at zero, so that later changes update it
-- instead of inserting again. ForecastService reads these tables only for the shapes they
-- answer exactly; DealTotals can compare them with the plain aggregate.

CREATE TABLE open_deal_total (
    workspace_id  BIGINT        NOT NULL,
    stage_id      BIGINT        NOT NULL,
    owner_id      BIGINT        NOT NULL,
    deals         BIGINT        NOT NULL,
    estimated     DECIMAL(25,2) NOT NULL,
    expected      DECIMAL(25,2) NOT NULL,
    PRIMARY KEY (workspace_id, stage_id, owner_id)
);

CREATE TABLE monthly_deal_total (
    workspace_id  BIGINT        NOT NULL,
    close_month   DATE          NOT NULL,
    stage_kind    VARCHAR(8)    NOT NULL,
    owner_id      BIGINT        NOT NULL,
    deals         BIGINT        NOT NULL,
    estimated     DECIMAL(25,2) NOT NULL,
    expected      DECIMAL(25,2) NOT NULL,
    PRIMARY KEY (workspace_id, close_month, stage_kind, owner_id)
);

CREATE TABLE campaign_deal_total (
    workspace_id  BIGINT        NOT NULL,
    campaign_id   BIGINT        NOT NULL,
    stage_kind    VARCHAR(8)    NOT NULL,
    deals         BIGINT        NOT NULL,
    estimated     DECIMAL(25,2) NOT NULL,
    PRIMARY KEY (workspace_id, campaign_id, stage_kind)
);

-- One procedure per table; a trigger moving a deal between two rows of a table calls it for the
-- lower key first, so two transactions moving deals in opposite directions lock the same rows in
-- the same order and cannot deadlock on them.
DELIMITER //

CREATE PROCEDURE add_open_deal_total(
        IN ws BIGINT, IN stage BIGINT, IN kind VARCHAR(8), IN owner BIGINT,
        IN sign INT, IN amount DECIMAL(19,2), IN probability INT)
BEGIN
    IF kind = 'OPEN' THEN
        INSERT INTO open_deal_total (workspace_id, stage_id, owner_id, deals, estimated, expected)
        VALUES (ws, stage, owner, sign, sign * amount, sign * ROUND(amount * probability / 100, 2))
        ON DUPLICATE KEY UPDATE deals = deals + VALUES(deals), estimated = estimated + VALUES(estimated),
                                expected = expected + VALUES(expected);
    END IF;
END//

CREATE PROCEDURE add_monthly_deal_total(
        IN ws BIGINT, IN close_date DATE, IN kind VARCHAR(8), IN owner BIGINT,
        IN sign INT, IN amount DECIMAL(19,2), IN probability INT)
BEGIN
    IF close_date IS NOT NULL THEN
        INSERT INTO monthly_deal_total (workspace_id, close_month, stage_kind, owner_id, deals, estimated, expected)
        VALUES (ws, close_date - INTERVAL (DAYOFMONTH(close_date) - 1) DAY, kind, owner,
                sign, sign * amount, sign * ROUND(amount * probability / 100, 2))
        ON DUPLICATE KEY UPDATE deals = deals + VALUES(deals), estimated = estimated + VALUES(estimated),
                                expected = expected + VALUES(expected);
    END IF;
END//

CREATE PROCEDURE add_campaign_deal_total(
        IN ws BIGINT, IN campaign BIGINT, IN kind VARCHAR(8), IN sign INT, IN amount DECIMAL(19,2))
BEGIN
    IF campaign IS NOT NULL THEN
        INSERT INTO campaign_deal_total (workspace_id, campaign_id, stage_kind, deals, estimated)
        VALUES (ws, campaign, kind, sign, sign * amount)
        ON DUPLICATE KEY UPDATE deals = deals + VALUES(deals), estimated = estimated + VALUES(estimated);
    END IF;
END//

CREATE TRIGGER opportunity_totals_insert AFTER INSERT ON opportunity FOR EACH ROW
BEGIN
    CALL add_open_deal_total(NEW.workspace_id, NEW.stage_id, NEW.stage_kind, NEW.owner_id,
                             1, NEW.estimated_revenue, NEW.probability);
    CALL add_monthly_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.owner_id,
                                1, NEW.estimated_revenue, NEW.probability);
    CALL add_campaign_deal_total(NEW.workspace_id, NEW.campaign_id, NEW.stage_kind, 1, NEW.estimated_revenue);
END//

CREATE TRIGGER opportunity_totals_delete AFTER DELETE ON opportunity FOR EACH ROW
BEGIN
    CALL add_open_deal_total(OLD.workspace_id, OLD.stage_id, OLD.stage_kind, OLD.owner_id,
                             -1, OLD.estimated_revenue, OLD.probability);
    CALL add_monthly_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.owner_id,
                                -1, OLD.estimated_revenue, OLD.probability);
    CALL add_campaign_deal_total(OLD.workspace_id, OLD.campaign_id, OLD.stage_kind, -1, OLD.estimated_revenue);
END//

CREATE TRIGGER opportunity_totals_update AFTER UPDATE ON opportunity FOR EACH ROW
BEGIN
    -- Most updates (notes, names, versions) change nothing the totals count.
    IF NOT (OLD.stage_id <=> NEW.stage_id AND OLD.stage_kind <=> NEW.stage_kind AND OLD.owner_id <=> NEW.owner_id
            AND OLD.estimated_revenue <=> NEW.estimated_revenue AND OLD.probability <=> NEW.probability) THEN
        IF (OLD.stage_id, OLD.owner_id) <= (NEW.stage_id, NEW.owner_id) THEN
            CALL add_open_deal_total(OLD.workspace_id, OLD.stage_id, OLD.stage_kind, OLD.owner_id,
                                     -1, OLD.estimated_revenue, OLD.probability);
            CALL add_open_deal_total(NEW.workspace_id, NEW.stage_id, NEW.stage_kind, NEW.owner_id,
                                     1, NEW.estimated_revenue, NEW.probability);
        ELSE
            CALL add_open_deal_total(NEW.workspace_id, NEW.stage_id, NEW.stage_kind, NEW.owner_id,
                                     1, NEW.estimated_revenue, NEW.probability);
            CALL add_open_deal_total(OLD.workspace_id, OLD.stage_id, OLD.stage_kind, OLD.owner_id,
                                     -1, OLD.estimated_revenue, OLD.probability);
        END IF;
    END IF;
    IF NOT (OLD.expected_close_date <=> NEW.expected_close_date AND OLD.stage_kind <=> NEW.stage_kind
            AND OLD.owner_id <=> NEW.owner_id AND OLD.estimated_revenue <=> NEW.estimated_revenue
            AND OLD.probability <=> NEW.probability) THEN
        IF (LAST_DAY(OLD.expected_close_date), OLD.stage_kind, OLD.owner_id)
                <= (LAST_DAY(NEW.expected_close_date), NEW.stage_kind, NEW.owner_id) THEN
            CALL add_monthly_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.owner_id,
                                        -1, OLD.estimated_revenue, OLD.probability);
            CALL add_monthly_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.owner_id,
                                        1, NEW.estimated_revenue, NEW.probability);
        ELSE
            CALL add_monthly_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.owner_id,
                                        1, NEW.estimated_revenue, NEW.probability);
            CALL add_monthly_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.owner_id,
                                        -1, OLD.estimated_revenue, OLD.probability);
        END IF;
    END IF;
    IF NOT (OLD.campaign_id <=> NEW.campaign_id AND OLD.stage_kind <=> NEW.stage_kind
            AND OLD.estimated_revenue <=> NEW.estimated_revenue) THEN
        IF (COALESCE(OLD.campaign_id, 0), OLD.stage_kind) <= (COALESCE(NEW.campaign_id, 0), NEW.stage_kind) THEN
            CALL add_campaign_deal_total(OLD.workspace_id, OLD.campaign_id, OLD.stage_kind, -1, OLD.estimated_revenue);
            CALL add_campaign_deal_total(NEW.workspace_id, NEW.campaign_id, NEW.stage_kind, 1, NEW.estimated_revenue);
        ELSE
            CALL add_campaign_deal_total(NEW.workspace_id, NEW.campaign_id, NEW.stage_kind, 1, NEW.estimated_revenue);
            CALL add_campaign_deal_total(OLD.workspace_id, OLD.campaign_id, OLD.stage_kind, -1, OLD.estimated_revenue);
        END IF;
    END IF;
END//

DELIMITER ;

-- Installations upgraded to this version start from what they hold.
INSERT INTO open_deal_total (workspace_id, stage_id, owner_id, deals, estimated, expected)
SELECT workspace_id, stage_id, owner_id, COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
FROM opportunity WHERE stage_kind = 'OPEN'
GROUP BY workspace_id, stage_id, owner_id;

INSERT INTO monthly_deal_total (workspace_id, close_month, stage_kind, owner_id, deals, estimated, expected)
SELECT workspace_id, expected_close_date - INTERVAL (DAYOFMONTH(expected_close_date) - 1) DAY, stage_kind, owner_id,
       COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
FROM opportunity WHERE expected_close_date IS NOT NULL
GROUP BY workspace_id, expected_close_date - INTERVAL (DAYOFMONTH(expected_close_date) - 1) DAY, stage_kind, owner_id;

INSERT INTO campaign_deal_total (workspace_id, campaign_id, stage_kind, deals, estimated)
SELECT workspace_id, campaign_id, stage_kind, COUNT(*), SUM(estimated_revenue)
FROM opportunity WHERE campaign_id IS NOT NULL
GROUP BY workspace_id, campaign_id, stage_kind;

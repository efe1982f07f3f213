-- Forecast categories and quotas (issue 15).
--
-- Every deal is in one forecast category: open deals in PIPELINE, BEST_CASE, COMMIT or OMITTED
-- (kept out of the forecast), won deals CLOSED; lost deals are in no forecast (stored as OMITTED).
-- A stage has a default category; a deal follows its stage's unless its owner set one
-- (category_explicit), as its probability does.
--
-- The default an existing or new stage gets, from its kind and default probability, as Salesforce
-- maps its standard stages: won → CLOSED, lost → OMITTED, open at 90 % or more → COMMIT, at 70 %
-- or more → BEST_CASE, anything lower → PIPELINE. (Opportunity's ForecastCategory.defaultFor.)
ALTER TABLE stage ADD COLUMN forecast_category VARCHAR(10) NOT NULL DEFAULT 'PIPELINE';

UPDATE stage SET forecast_category = CASE
    WHEN kind = 'WON' THEN 'CLOSED'
    WHEN kind = 'LOST' THEN 'OMITTED'
    WHEN default_probability >= 90 THEN 'COMMIT'
    WHEN default_probability >= 70 THEN 'BEST_CASE'
    ELSE 'PIPELINE' END;

-- The deal's category as the forecast counts it (its own when category_explicit, else its
-- stage's), stored so the roll-up below needs no join.
ALTER TABLE opportunity
    ADD COLUMN forecast_category VARCHAR(10) NOT NULL DEFAULT 'PIPELINE',
    ADD COLUMN category_explicit BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE opportunity o JOIN stage s ON s.id = o.stage_id SET o.forecast_category = s.forecast_category;

-- The forecast's roll-up, as monthly_deal_total (V5) but per category instead of per stage kind:
-- open and won deals with a close date, per close month, category and rep. A won deal counts as
-- CLOSED whatever its row says; a lost deal is not counted. Kept by triggers of its own beside
-- V5's, so every writer (services, imports, bulk loads, a DBA) keeps it exact.
CREATE TABLE forecast_deal_total (
    workspace_id  BIGINT        NOT NULL,
    close_month   DATE          NOT NULL,
    category      VARCHAR(10)   NOT NULL,
    owner_id      BIGINT        NOT NULL,
    deals         BIGINT        NOT NULL,
    estimated     DECIMAL(25,2) NOT NULL,
    expected      DECIMAL(25,2) NOT NULL,
    PRIMARY KEY (workspace_id, close_month, category, owner_id)
);

DELIMITER //

CREATE PROCEDURE add_forecast_deal_total(
        IN ws BIGINT, IN close_date DATE, IN kind VARCHAR(8), IN category VARCHAR(10), IN owner BIGINT,
        IN sign INT, IN amount DECIMAL(19,2), IN probability INT)
BEGIN
    IF close_date IS NOT NULL AND kind <> 'LOST' THEN
        INSERT INTO forecast_deal_total (workspace_id, close_month, category, owner_id, deals, estimated, expected)
        VALUES (ws, close_date - INTERVAL (DAYOFMONTH(close_date) - 1) DAY, IF(kind = 'WON', 'CLOSED', category), owner,
                sign, sign * amount, sign * ROUND(amount * probability / 100, 2))
        ON DUPLICATE KEY UPDATE deals = deals + VALUES(deals), estimated = estimated + VALUES(estimated),
                                expected = expected + VALUES(expected);
    END IF;
END//

CREATE TRIGGER opportunity_forecast_totals_insert AFTER INSERT ON opportunity FOR EACH ROW
BEGIN
    CALL add_forecast_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.forecast_category,
                                 NEW.owner_id, 1, NEW.estimated_revenue, NEW.probability);
END//

CREATE TRIGGER opportunity_forecast_totals_delete AFTER DELETE ON opportunity FOR EACH ROW
BEGIN
    CALL add_forecast_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.forecast_category,
                                 OLD.owner_id, -1, OLD.estimated_revenue, OLD.probability);
END//

-- As V5's: the lower key first, so two transactions moving deals in opposite directions lock the
-- same rows in the same order.
CREATE TRIGGER opportunity_forecast_totals_update AFTER UPDATE ON opportunity FOR EACH ROW
BEGIN
    IF NOT (OLD.expected_close_date <=> NEW.expected_close_date AND OLD.stage_kind <=> NEW.stage_kind
            AND OLD.forecast_category <=> NEW.forecast_category AND OLD.owner_id <=> NEW.owner_id
            AND OLD.estimated_revenue <=> NEW.estimated_revenue AND OLD.probability <=> NEW.probability) THEN
        IF (LAST_DAY(OLD.expected_close_date), IF(OLD.stage_kind = 'WON', 'CLOSED', OLD.forecast_category), OLD.owner_id)
                <= (LAST_DAY(NEW.expected_close_date), IF(NEW.stage_kind = 'WON', 'CLOSED', NEW.forecast_category), NEW.owner_id) THEN
            CALL add_forecast_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.forecast_category,
                                         OLD.owner_id, -1, OLD.estimated_revenue, OLD.probability);
            CALL add_forecast_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.forecast_category,
                                         NEW.owner_id, 1, NEW.estimated_revenue, NEW.probability);
        ELSE
            CALL add_forecast_deal_total(NEW.workspace_id, NEW.expected_close_date, NEW.stage_kind, NEW.forecast_category,
                                         NEW.owner_id, 1, NEW.estimated_revenue, NEW.probability);
            CALL add_forecast_deal_total(OLD.workspace_id, OLD.expected_close_date, OLD.stage_kind, OLD.forecast_category,
                                         OLD.owner_id, -1, OLD.estimated_revenue, OLD.probability);
        END IF;
    END IF;
END//

DELIMITER ;

INSERT INTO forecast_deal_total (workspace_id, close_month, category, owner_id, deals, estimated, expected)
SELECT workspace_id, expected_close_date - INTERVAL (DAYOFMONTH(expected_close_date) - 1) DAY,
       IF(stage_kind = 'WON', 'CLOSED', forecast_category), owner_id,
       COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
FROM opportunity WHERE expected_close_date IS NOT NULL AND stage_kind <> 'LOST'
GROUP BY 1, 2, 3, 4;

-- Quotas: what a rep (member_id) or the whole team (member_id NULL) should win in a period,
-- written as the forecast writes periods ('2026-12', '2026-Q4', '2026'). One per target and
-- period; setting it again replaces it, remembering who set it last and when.
CREATE TABLE quota (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT        NOT NULL,
    member_id     BIGINT        NULL,
    target_key    BIGINT        AS (COALESCE(member_id, 0)) PERSISTENT,
    period        VARCHAR(7)    NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    set_by        BIGINT        NOT NULL,
    set_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_quota_target_period UNIQUE (workspace_id, target_key, period),
    CONSTRAINT fk_quota_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_quota_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_quota_set_by FOREIGN KEY (set_by) REFERENCES member (id),
    CONSTRAINT ck_quota_amount CHECK (amount >= 0)
);
CREATE INDEX ix_quota_workspace_period ON quota (workspace_id, period);

-- The weekly forecast call: what each rep commits to for a period, kept with what their deals said
-- at that moment, and when each workspace runs the call.

-- Every submission is kept (a resubmission adds a row; the latest counts), so accuracy can ask
-- what a rep said at any moment before a period ended. The deals_* columns are the rep's own
-- figures for the period when they submitted, as /forecast counted them: won, Commit, Best case
-- (Commit included) and Pipeline (every open deal in the forecast).
CREATE TABLE forecast_call (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    granularity     VARCHAR(8)    NOT NULL,
    period_start    DATE          NOT NULL,
    commit_amount   DECIMAL(19,2) NOT NULL,
    best_amount     DECIMAL(19,2) NOT NULL,
    note            VARCHAR(500)  NULL,
    submitted_at    TIMESTAMP(6)  NOT NULL,
    platform        VARCHAR(16)   NOT NULL,
    deals_won       DECIMAL(19,2) NOT NULL,
    deals_commit    DECIMAL(19,2) NOT NULL,
    deals_best      DECIMAL(19,2) NOT NULL,
    deals_pipeline  DECIMAL(19,2) NOT NULL,
    CONSTRAINT fk_forecast_call_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_forecast_call_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_forecast_call_amounts CHECK (commit_amount >= 0 AND best_amount >= commit_amount)
);
-- The latest call per rep and period, and a rep's calls over the last periods (accuracy).
CREATE INDEX ix_forecast_call_period ON forecast_call (workspace_id, granularity, period_start, member_id, submitted_at);
CREATE INDEX ix_forecast_call_member ON forecast_call (workspace_id, member_id, granularity, period_start, submitted_at);

-- One weekly call per workspace: reps who have not submitted are nudged NUDGE_HOURS before,
-- and the roll-up is posted to the channel at the time. Each last_* date is the occurrence last
-- handled, written in the same transaction as the outbox rows, so it is handled once.
CREATE TABLE forecast_call_schedule (
    workspace_id    BIGINT        NOT NULL PRIMARY KEY,
    channel_id      VARCHAR(64)   NOT NULL,
    call_day        VARCHAR(9)    NOT NULL,
    call_time       TIME          NOT NULL,
    last_nudge_on   DATE          NULL,
    last_rollup_on  DATE          NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_forecast_call_schedule_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

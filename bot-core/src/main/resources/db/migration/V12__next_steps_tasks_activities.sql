-- The rep's day: a deal's next step, tasks, and the deal's activities (notes, calls, meetings,
-- e-mails, chat messages logged to the deal).

-- Every open deal may have one next step: what to do, and by which day. Its changes are in the
-- deal's history (NEXT_STEP, NEXT_STEP_DUE). The index answers "open deals without a next step,
-- or with one past due" for /pipeline without reading the deals.
ALTER TABLE opportunity
    ADD COLUMN next_step      VARCHAR(500) NULL,
    ADD COLUMN next_step_due  DATE         NULL;
CREATE INDEX ix_opportunity_next_step ON opportunity (workspace_id, stage_kind, next_step_due);

-- Tasks are numbered per workspace like deals and leads (T-12), from the same counter row.
ALTER TABLE workspace_counter ADD COLUMN last_task_number INT NOT NULL DEFAULT 0;

-- A task's due moment. People type a day (due_on) and perhaps a time of day (due_time); both are
-- read in due_zone, the zone that was in force for the person who set it (the workspace's time
-- zone today, a member's own zone once members have one). From them two instants are kept so that
-- every question is one range scan, whatever zone anyone reads in:
--   due_at     when the task falls due: due_on at due_time, or the start of due_on when no time
--              was given (what a reminder is scheduled by);
--   overdue_at when it is late: due_on at due_time, or the start of the day after due_on (a task
--              due "today" is late only once today is over where it was set).
-- A task without a due day has all four null, is never due and never late.
CREATE TABLE task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    number          INT           NOT NULL,
    text            VARCHAR(500)  NOT NULL,
    opportunity_id  BIGINT        NULL,
    owner_id        BIGINT        NOT NULL,
    created_by      BIGINT        NOT NULL,
    due_on          DATE          NULL,
    due_time        TIME          NULL,
    due_zone        VARCHAR(64)   NULL,
    due_at          TIMESTAMP(6)  NULL,
    overdue_at      TIMESTAMP(6)  NULL,
    snoozed         INT           NOT NULL DEFAULT 0,
    done_at         TIMESTAMP(6)  NULL,
    done_by         BIGINT        NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_task_workspace_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_task_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_task_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_id) REFERENCES member (id),
    CONSTRAINT fk_task_created_by FOREIGN KEY (created_by) REFERENCES member (id),
    CONSTRAINT fk_task_done_by FOREIGN KEY (done_by) REFERENCES member (id)
);
-- A member's open tasks by due moment (task lists, today, overdue).
CREATE INDEX ix_task_owner_open ON task (workspace_id, owner_id, done_at, overdue_at);
-- Open tasks falling due in a window, across workspaces (reminders).
CREATE INDEX ix_task_due ON task (done_at, due_at);

-- What happened with a deal besides changes to its fields: a call, a meeting, an e-mail, a note,
-- or a chat message logged to the deal (then with its author and a link back to it).
CREATE TABLE deal_activity (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    opportunity_id  BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    text            TEXT          NOT NULL,
    member_id       BIGINT        NOT NULL,
    platform        VARCHAR(16)   NOT NULL,
    happened_at     TIMESTAMP(6)  NOT NULL,
    source_author   VARCHAR(200)  NULL,
    source_link     VARCHAR(1000) NULL,
    CONSTRAINT fk_activity_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_activity_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_activity_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_activity_opportunity ON deal_activity (opportunity_id, happened_at);

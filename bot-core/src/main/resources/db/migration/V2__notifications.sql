-- Notifications: which channels hear what, and an outbox written in the same transaction as the
-- change that causes a notification, so nothing is lost in a crash and nothing is sent twice.

CREATE TABLE channel_subscription (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    channel_id      VARCHAR(64)   NOT NULL,
    events          VARCHAR(100)  NOT NULL,
    min_amount      DECIMAL(19,2) NULL,
    digest_day      VARCHAR(9)    NULL,
    digest_time     TIME          NULL,
    last_digest_on  DATE          NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_subscription_channel UNIQUE (workspace_id, channel_id),
    CONSTRAINT fk_subscription_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id     BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    target_kind      VARCHAR(8)    NOT NULL,
    target_id        VARCHAR(64)   NOT NULL,
    dedupe_key       VARCHAR(190)  NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    sent_at          TIMESTAMP(6)  NULL,
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_outbox_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
-- The worker's claim: due pending rows, oldest first.
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX ix_outbox_workspace ON outbox (workspace_id, status, created_at);

ALTER TABLE workspace ADD COLUMN last_reminder_on DATE NULL;

-- ShedLock's table: scheduled jobs (digests, reminders) run on one instance at a time.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by   VARCHAR(255) NOT NULL
);

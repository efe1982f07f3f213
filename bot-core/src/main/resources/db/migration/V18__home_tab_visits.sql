-- When each member last opened their home tab (Slack's App Home). A change to one of their deals
-- republishes the tab only if they opened it lately, and the change may be handled by any
-- instance: kept in one instance's memory, only the instance that received the opening knew.
-- No foreign key: written on every opening, it must not queue behind the shared locks that deal
-- writes take on the workspace row (see V6).
CREATE TABLE home_tab_visit (
    workspace_id  BIGINT       NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    opened_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);

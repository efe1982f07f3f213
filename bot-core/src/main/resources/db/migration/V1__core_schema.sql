-- Salesbot core schema. Every business table carries workspace_id and every query is scoped by it.
-- Money is DECIMAL(19,2); probabilities are whole percents.

-- Thai text and emoji need utf8mb4 whatever the server's default is.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE workspace (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform              VARCHAR(16)  NOT NULL,
    external_id           VARCHAR(64)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    language              VARCHAR(8)   NOT NULL DEFAULT 'en',
    currency              VARCHAR(3)   NOT NULL DEFAULT 'THB',
    time_zone             VARCHAR(64)  NOT NULL DEFAULT 'Asia/Bangkok',
    last_deal_number      INT          NOT NULL DEFAULT 0,
    last_lead_number      INT          NOT NULL DEFAULT 0,
    created_at            TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_workspace_platform_external UNIQUE (platform, external_id)
);

CREATE TABLE member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id      BIGINT       NOT NULL,
    platform_user_id  VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    role              VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_member_workspace_user UNIQUE (workspace_id, platform_user_id),
    CONSTRAINT fk_member_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE stage (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id         BIGINT       NOT NULL,
    name                 VARCHAR(64)  NOT NULL,
    thai_name            VARCHAR(64)  NULL,
    position             INT          NOT NULL,
    kind                 VARCHAR(8)   NOT NULL,
    default_probability  INT          NOT NULL,
    CONSTRAINT uq_stage_workspace_name UNIQUE (workspace_id, name),
    CONSTRAINT fk_stage_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT ck_stage_probability CHECK (default_probability BETWEEN 0 AND 100)
);

CREATE TABLE deal_type (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT      NOT NULL,
    code          VARCHAR(64) NOT NULL,
    CONSTRAINT uq_deal_type_workspace_code UNIQUE (workspace_id, code),
    CONSTRAINT fk_deal_type_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE lead_source (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT      NOT NULL,
    code          VARCHAR(64) NOT NULL,
    CONSTRAINT uq_lead_source_workspace_code UNIQUE (workspace_id, code),
    CONSTRAINT fk_lead_source_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE campaign (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    starts_on     DATE          NULL,
    ends_on       DATE          NULL,
    cost          DECIMAL(19,2) NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_campaign_workspace_name UNIQUE (workspace_id, name),
    CONSTRAINT fk_campaign_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE product (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    unit_price    DECIMAL(19,2) NOT NULL,
    add_on        BOOLEAN       NOT NULL DEFAULT FALSE,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_product_workspace_name UNIQUE (workspace_id, name),
    CONSTRAINT fk_product_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE sales_lead (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    number          INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    company         VARCHAR(200)  NULL,
    contact         VARCHAR(200)  NULL,
    lead_source_id  BIGINT        NULL,
    status          VARCHAR(16)   NOT NULL,
    drop_reason     VARCHAR(500)  NULL,
    owner_id        BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_lead_workspace_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_lead_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_lead_source FOREIGN KEY (lead_source_id) REFERENCES lead_source (id),
    CONSTRAINT fk_lead_owner FOREIGN KEY (owner_id) REFERENCES member (id)
);
CREATE INDEX ix_lead_workspace_status ON sales_lead (workspace_id, status);

CREATE TABLE opportunity (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id          BIGINT        NOT NULL,
    number                INT           NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    customer              VARCHAR(200)  NULL,
    deal_type_id          BIGINT        NOT NULL,
    stage_id              BIGINT        NOT NULL,
    stage_kind            VARCHAR(8)    NOT NULL,
    probability           INT           NOT NULL,
    probability_explicit  BOOLEAN       NOT NULL DEFAULT FALSE,
    estimated_revenue     DECIMAL(19,2) NOT NULL DEFAULT 0,
    amount_explicit       BOOLEAN       NOT NULL DEFAULT FALSE,
    expected_close_date   DATE          NULL,
    campaign_id           BIGINT        NULL,
    lead_id               BIGINT        NULL,
    lead_source_id        BIGINT        NULL,
    owner_id              BIGINT        NOT NULL,
    lost_reason           VARCHAR(500)  NULL,
    description           TEXT          NULL,
    version               INT           NOT NULL DEFAULT 0,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    closed_at             TIMESTAMP(6)  NULL,
    CONSTRAINT uq_opportunity_workspace_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_opportunity_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_opportunity_type FOREIGN KEY (deal_type_id) REFERENCES deal_type (id),
    CONSTRAINT fk_opportunity_stage FOREIGN KEY (stage_id) REFERENCES stage (id),
    CONSTRAINT fk_opportunity_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_opportunity_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id),
    CONSTRAINT fk_opportunity_lead_source FOREIGN KEY (lead_source_id) REFERENCES lead_source (id),
    CONSTRAINT fk_opportunity_owner FOREIGN KEY (owner_id) REFERENCES member (id),
    CONSTRAINT ck_opportunity_probability CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT ck_opportunity_revenue CHECK (estimated_revenue >= 0)
);
-- Covering indexes for the manager questions: pipeline per stage, forecast per close period,
-- campaign report, and "stale"/"slipping" lists. Each begins with workspace_id.
CREATE INDEX ix_opportunity_pipeline ON opportunity (workspace_id, stage_id, owner_id, estimated_revenue, probability);
CREATE INDEX ix_opportunity_forecast ON opportunity (workspace_id, stage_kind, expected_close_date, owner_id, estimated_revenue, probability);
CREATE INDEX ix_opportunity_campaign ON opportunity (workspace_id, campaign_id, stage_kind, estimated_revenue);
CREATE INDEX ix_opportunity_activity ON opportunity (workspace_id, updated_at);

ALTER TABLE sales_lead ADD COLUMN opportunity_id BIGINT NULL,
    ADD CONSTRAINT fk_lead_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id);

CREATE TABLE opportunity_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    opportunity_id  BIGINT        NOT NULL,
    line_number     INT           NOT NULL,
    product_id      BIGINT        NULL,
    product_name    VARCHAR(200)  NOT NULL,
    quantity        DECIMAL(12,2) NOT NULL,
    unit_price      DECIMAL(19,2) NOT NULL,
    discount_percent DECIMAL(5,2) NOT NULL DEFAULT 0,
    add_on          BOOLEAN       NOT NULL DEFAULT FALSE,
    description     VARCHAR(1000) NULL,
    CONSTRAINT uq_line_opportunity_number UNIQUE (opportunity_id, line_number),
    CONSTRAINT fk_line_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_line_price CHECK (unit_price >= 0),
    CONSTRAINT ck_line_discount CHECK (discount_percent BETWEEN 0 AND 100)
);

CREATE TABLE opportunity_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    opportunity_id  BIGINT        NOT NULL,
    field           VARCHAR(32)   NOT NULL,
    from_value      VARCHAR(500)  NULL,
    to_value        VARCHAR(500)  NULL,
    member_id       BIGINT        NOT NULL,
    platform        VARCHAR(16)   NOT NULL,
    changed_at      TIMESTAMP(6)  NOT NULL,
    note            VARCHAR(1000) NULL,
    CONSTRAINT fk_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_change_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_change_opportunity ON opportunity_change (opportunity_id, changed_at);
CREATE INDEX ix_change_workspace_time ON opportunity_change (workspace_id, changed_at);

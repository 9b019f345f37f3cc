-- Foundation schema of the performance self-evaluation platform.
-- Valid on MySQL 8 and MariaDB 10.6+, and on H2 in MODE=MySQL; Flowable keeps its own ACT_* tables.
-- Free text lives only in these utf8mb4 tables (Flowable's are utf8mb3).

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    short_name  VARCHAR(64)  NOT NULL,
    unit_type   VARCHAR(32)  NOT NULL,
    parent_id   BIGINT       NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT uk_org_unit_name UNIQUE (name),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    unit_id             BIGINT       NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3)  NULL,
    password_changed_at DATETIME(3)  NULL,
    created_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An indicator template as its documented JSON (see evaluation-domain/TEMPLATES.md).
CREATE TABLE indicator_template (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    template_year INT        NOT NULL,
    content     LONGTEXT     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_template_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_year INT          NOT NULL,
    name          VARCHAR(200) NOT NULL,
    template_code VARCHAR(64)  NOT NULL,
    deadline      DATETIME(3)  NOT NULL,
    reminder_days INT          NOT NULL DEFAULT 3,
    status        VARCHAR(32)  NOT NULL,
    process_instance_id VARCHAR(64) NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_template FOREIGN KEY (template_code) REFERENCES indicator_template (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_unit (
    campaign_id BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    overdue     BOOLEAN     NOT NULL DEFAULT FALSE,
    reminded_at DATETIME(3) NULL,
    PRIMARY KEY (campaign_id, unit_id),
    CONSTRAINT fk_campaign_unit_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One evaluation per unit and year; `version` guards concurrent edits optimistically.
CREATE TABLE evaluation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id         BIGINT        NULL,
    unit_id             BIGINT        NOT NULL,
    evaluation_year     INT           NOT NULL,
    template_code       VARCHAR(64)   NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    current_round       INT           NOT NULL DEFAULT 0,
    process_instance_id VARCHAR(64)   NULL,
    self_total          DECIMAL(7, 2) NULL,
    self_grade          VARCHAR(8)    NULL,
    review_total        DECIMAL(7, 2) NULL,
    review_grade        VARCHAR(16)   NULL,
    review_opinion      TEXT          NULL,
    submitted_by        VARCHAR(64)   NULL,
    submitted_at        DATETIME(3)   NULL,
    published_at        DATETIME(3)   NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_unit_year UNIQUE (unit_id, evaluation_year),
    CONSTRAINT fk_evaluation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_evaluation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_evaluation_template FOREIGN KEY (template_code) REFERENCES indicator_template (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_evaluation_status ON evaluation (status);

-- The three attachments of the working copy, each as its interchange JSON.
CREATE TABLE evaluation_part (
    evaluation_id BIGINT      NOT NULL,
    part          VARCHAR(32) NOT NULL,
    content       LONGTEXT    NOT NULL,
    updated_by    VARCHAR(64) NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (evaluation_id, part),
    CONSTRAINT fk_evaluation_part_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A frozen copy of all three attachments at submission n, with the findings shown then.
CREATE TABLE evaluation_round (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    evaluation_id         BIGINT      NOT NULL,
    round_no              INT         NOT NULL,
    snapshot              LONGTEXT    NOT NULL,
    findings              LONGTEXT    NULL,
    acknowledged_warnings TEXT        NULL,
    self_total            DECIMAL(7, 2) NULL,
    submitted_by          VARCHAR(64) NOT NULL,
    submitted_at          DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_round UNIQUE (evaluation_id, round_no),
    CONSTRAINT fk_evaluation_round_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each decision of a reviewer (approve or return) on a round, with its comment.
CREATE TABLE review_record (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    evaluation_id BIGINT      NOT NULL,
    round_no      INT         NOT NULL,
    step          VARCHAR(32) NOT NULL,
    decision      VARCHAR(16) NOT NULL,
    reviewer      VARCHAR(64) NOT NULL,
    reviewer_unit_id BIGINT   NOT NULL,
    comment_text  TEXT        NULL,
    review_grade  VARCHAR(16) NULL,
    review_total  DECIMAL(7, 2) NULL,
    task_id       VARCHAR(64) NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_record_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_review_record_evaluation ON review_record (evaluation_id, round_no);

-- The finance bureau's score per indicator, beside the self-score.
CREATE TABLE review_score (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    review_record_id BIGINT        NOT NULL,
    indicator_code   VARCHAR(32)   NOT NULL,
    score            DECIMAL(7, 2) NOT NULL,
    reason           TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_score UNIQUE (review_record_id, indicator_code),
    CONSTRAINT fk_review_score_record FOREIGN KEY (review_record_id) REFERENCES review_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the platform inserts rows and never updates or deletes them.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3)  NOT NULL,
    actor          VARCHAR(64)  NULL,
    action         VARCHAR(64)  NOT NULL,
    evaluation_id  BIGINT       NULL,
    round_no       INT          NULL,
    remote_address VARCHAR(64)  NULL,
    detail         TEXT         NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_evaluation ON audit_event (evaluation_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

CREATE TABLE notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    body          TEXT         NULL,
    evaluation_id BIGINT       NULL,
    created_at    DATETIME(3)  NOT NULL,
    read_at       DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_user ON notification (user_id, read_at);

-- The reviewer's workspace (issue 11). Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
-- review_draft: what a reviewer typed on an open task (scores, reasons, grade, opinion, comments, notes) as JSON,
-- one row per task and reviewer; deleted when the task is decided, so a refused decision never loses the typing.
CREATE TABLE review_draft (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    task_id       VARCHAR(64) NOT NULL,
    username      VARCHAR(64) NOT NULL,
    evaluation_id BIGINT      NOT NULL,
    content       TEXT        NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_review_draft UNIQUE (task_id, username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- review_annotation: a note a reviewer pinned to a field (附件1 cell, indicator, 附件3 section) when returning a round;
-- the submitter marks it DONE with an optional answer.
CREATE TABLE review_annotation (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    evaluation_id BIGINT       NOT NULL,
    round_no      INT          NOT NULL,
    path          VARCHAR(255) NOT NULL,
    label         VARCHAR(255) NULL,
    note          TEXT         NOT NULL,
    author        VARCHAR(64)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    answer        TEXT         NULL,
    answered_by   VARCHAR(64)  NULL,
    answered_at   DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_annotation_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_review_annotation_evaluation ON review_annotation (evaluation_id, round_no);

-- evaluation_copy: 抄送 — a person given read access to one evaluation by a reviewer, with the reviewer's comment.
CREATE TABLE evaluation_copy (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    evaluation_id BIGINT      NOT NULL,
    username      VARCHAR(64) NOT NULL,
    copied_by     VARCHAR(64) NOT NULL,
    comment_text  TEXT        NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_copy_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_evaluation_copy_user ON evaluation_copy (username, created_at);
CREATE INDEX ix_evaluation_copy_evaluation ON evaluation_copy (evaluation_id);

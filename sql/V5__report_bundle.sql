-- The ZIP of a campaign's published reports, packed in the background: its progress and, once done, its bytes live
-- in the database, so whichever instance a reader's next request reaches can report progress and serve the file.
-- Bytes in chunks of at most 1 MB, as for evidence (MariaDB's default max_allowed_packet is 16 MB).
CREATE TABLE report_bundle_job (
    id           VARCHAR(36)  NOT NULL,
    campaign_id  BIGINT       NOT NULL,
    requested_by VARCHAR(64)  NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    done_count   INT          NOT NULL DEFAULT 0,
    total        INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NULL,
    message      VARCHAR(500) NULL,
    started_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_bundle_job_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_report_bundle_job_started ON report_bundle_job (started_at);

CREATE TABLE report_bundle_chunk (
    job_id   VARCHAR(36) NOT NULL,
    chunk_no INT         NOT NULL,
    bytes    LONGBLOB    NOT NULL,
    PRIMARY KEY (job_id, chunk_no),
    CONSTRAINT fk_report_bundle_chunk_job FOREIGN KEY (job_id) REFERENCES report_bundle_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence files (佐证材料) on an indicator or on the report, kept in the database: every instance sees the same
-- files, a database backup holds them, and a file and its record are written in one transaction.
-- The bytes are split into chunks of at most 1 MB, because MariaDB's default max_allowed_packet (16 MB) is below
-- the 20 MB a file may have.
CREATE TABLE evidence_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    evaluation_id  BIGINT       NOT NULL,
    indicator_code VARCHAR(32)  NULL,
    file_name      VARCHAR(255) NOT NULL,
    file_type      VARCHAR(16)  NOT NULL,
    content_type   VARCHAR(128) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploaded_at    DATETIME(3)  NOT NULL,
    deleted        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_file_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_file_evaluation ON evidence_file (evaluation_id, indicator_code);

CREATE TABLE evidence_chunk (
    evidence_id BIGINT   NOT NULL,
    chunk_no    INT      NOT NULL,
    bytes       LONGBLOB NOT NULL,
    PRIMARY KEY (evidence_id, chunk_no),
    CONSTRAINT fk_evidence_chunk_file FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

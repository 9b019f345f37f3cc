-- The files of a published evaluation, which can no longer change, rendered once and kept here for every instance:
-- a later public download is one read instead of a render. Keyed by the publication's time, so a file rendered for
-- a publication since withdrawn is never served for the next one (withdrawing deletes the evaluation's files), and by
-- the renderer (a digest of the report module's templates, code and fonts), so a release that renders differently
-- renders anew. Each file is one row (a report is well under MariaDB's 16 MB max_allowed_packet).
CREATE TABLE published_file (
    evaluation_id BIGINT       NOT NULL,
    format        VARCHAR(8)   NOT NULL,
    published_at  DATETIME(3)  NOT NULL,
    renderer      VARCHAR(32)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (evaluation_id, format, published_at, renderer),
    CONSTRAINT fk_published_file_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

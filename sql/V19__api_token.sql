-- Personal API tokens: a client authenticates once with its password to create one, then sends it as
-- "Authorization: Bearer …" instead of HTTP Basic (whose BCrypt check costs ~85 ms of CPU on every request).
-- Only the SHA-256 of the token is kept (a token is 256 random bits: a fast hash is enough, and lets the lookup be
-- one index read); the token itself is shown once, when it is created.
CREATE TABLE api_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    user_id      BIGINT      NOT NULL,
    name         VARCHAR(64) NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    token_hint   VARCHAR(16) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    last_used_at DATETIME(3) NULL,
    revoked_at   DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_user ON api_token (user_id, id);

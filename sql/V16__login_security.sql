-- Log-in throttling (issue 13, point 8): one row per key ("pair:" account+address, "account:", "address:"), counted by
-- conditional updates so parallel attempts cannot all slip past the limit; delays grow instead of locking the account.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) NOT NULL,
    failures      INT          NOT NULL DEFAULT 0,
    blocked_until DATETIME(3)  NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 等保 2.0 level 2 (point 9): the last passwords of each user (none of the last 5 may come back), and the flag that
-- sends a user whose password an administrator set to the change page until they choose their own.
CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    changed_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_password_history_user ON password_history (user_id, changed_at);

ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- The audit page filters by action and date range over the whole trail.
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);

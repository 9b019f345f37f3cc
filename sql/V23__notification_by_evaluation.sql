-- Every review move marks the task notices of its evaluation read: without this index the UPDATE scanned (and, on
-- InnoDB, locked while scanning) every notice of the province, so concurrent moves waited on each other.
-- Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
CREATE INDEX ix_notification_evaluation ON notification (evaluation_id, kind, read_at);

-- The approval path: tasks are found by process instance, overdue marks carry their time.
-- Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
-- review_record.step is INTERNAL_REVIEW, FINANCE_REVIEW or PUBLISH; decision is APPROVE, RETURN, WITHDRAW,
-- PUBLISH or UNPUBLISH; comment_text holds the comment, opinion or reason (utf8mb4, never in Flowable's tables).

CREATE INDEX ix_evaluation_process ON evaluation (process_instance_id);

ALTER TABLE campaign_unit ADD COLUMN overdue_at DATETIME(3) NULL;

CREATE INDEX ix_campaign_year ON campaign (campaign_year);

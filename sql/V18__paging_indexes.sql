-- Province scale: every list is paged in SQL, and each list query has an index that serves its filter and its order,
-- so the first page costs the same at 1k and 100k evaluations.

-- The bureau a unit reports to (a bureau is its own), kept on the evaluation so the bureau's list is one index range
-- instead of "unit_id IN (every unit under it)"; a unit's parent never changes once created.
ALTER TABLE evaluation ADD COLUMN bureau_id BIGINT NULL;
UPDATE evaluation SET bureau_id = (SELECT COALESCE(u.parent_id, u.id) FROM org_unit u WHERE u.id = evaluation.unit_id);

-- the bureau's list: newest year first, then unit; round and status in the index so count(*) reads only the index
CREATE INDEX ix_evaluation_bureau_list ON evaluation (bureau_id, evaluation_year, unit_id, current_round, status);
-- the public list: published only (99% of rows at scale), newest year first, then unit
CREATE INDEX ix_evaluation_status_list ON evaluation (status, evaluation_year, unit_id);
-- a campaign's evaluations (its published ones for a bundle, its list filter)
CREATE INDEX ix_evaluation_campaign ON evaluation (campaign_id, status, unit_id);
DROP INDEX ix_evaluation_status ON evaluation;

-- a person's notices, newest first
CREATE INDEX ix_notification_user_created ON notification (user_id, created_at, id);

-- a unit's campaigns, and the units under a bureau
CREATE INDEX ix_campaign_unit_unit ON campaign_unit (unit_id, campaign_id);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id, id);

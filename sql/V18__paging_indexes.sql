-- Province scale: every list is paged in SQL, and each list query has an index that serves its filter and its order,
-- so the first page costs the same at 1k and 100k evaluations.

-- The bureau a unit reports to (a bureau is its own), kept on the evaluation so the bureau's list is one index range
-- instead of "unit_id IN (every unit under it)"; a unit's parent never changes once created.
ALTER TABLE evaluation ADD COLUMN bureau_id BIGINT NULL;
UPDATE evaluation SET bureau_id = (SELECT COALESCE(u.parent_id, u.id) FROM org_unit u WHERE u.id = evaluation.unit_id);

-- The lists' order is newest year first, then unit: the year is descending in the index so that the first page is
-- read in index order and stops after 20 rows (a mixed order on an ascending index sorts every visible row first).
-- the bureau's list; round and status in the index so its count(*) reads only the index
CREATE INDEX ix_evaluation_bureau_list ON evaluation (bureau_id, evaluation_year DESC, unit_id, current_round, status);
-- the public list: published only (99% of rows at scale)
CREATE INDEX ix_evaluation_status_list ON evaluation (status, evaluation_year DESC, unit_id);
-- a campaign's evaluations: the list's campaign filter (count from the index alone), its published ones for a bundle
CREATE INDEX ix_evaluation_campaign ON evaluation (campaign_id, bureau_id, unit_id, current_round, status);
DROP INDEX ix_evaluation_status ON evaluation;

-- a person's notices, newest first
CREATE INDEX ix_notification_user_created ON notification (user_id, created_at, id);

-- a unit's campaigns, and the units under a bureau
CREATE INDEX ix_campaign_unit_unit ON campaign_unit (unit_id, campaign_id);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id, id);

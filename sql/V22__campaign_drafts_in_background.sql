-- A large campaign's drafts are made after it opens, a batch per transaction, by whichever instance claims the batch:
-- draft_pending marks a campaign unit whose draft is still to be made (the board shows 草稿生成中), the claim says
-- which instance is making it and since when, so a claim of an instance that died is taken over once it is old.
-- Valid on MySQL 8, MariaDB 10.6+ and H2 in MODE=MySQL.
ALTER TABLE campaign_unit ADD COLUMN draft_pending BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE campaign_unit ADD COLUMN draft_claimed_by VARCHAR(64) NULL;
ALTER TABLE campaign_unit ADD COLUMN draft_claimed_at DATETIME(3) NULL;
CREATE INDEX ix_campaign_unit_draft_pending ON campaign_unit (draft_pending, campaign_id, unit_id);

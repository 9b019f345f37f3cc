-- Issue 13, point 4: an evidence file is 内部 (internal) unless its submitter marks it 可公开, and it reaches the public
-- only once the publisher has confirmed it at publication (保密审查). Files stored before this migration are internal:
-- a publication made before it shows no evidence until it is withdrawn and published again with a confirmation.
ALTER TABLE evidence_file ADD COLUMN public_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evidence_file ADD COLUMN public_confirmed_by VARCHAR(64) NULL;
ALTER TABLE evidence_file ADD COLUMN public_confirmed_at DATETIME(3) NULL;

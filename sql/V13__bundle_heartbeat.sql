-- A bundle job's instance proves it is alive every few seconds; a job whose heartbeat stops (the instance died) is
-- marked failed by whichever instance looks next, within a minute, instead of staying RUNNING for hours.
-- The files that could not be rendered are listed with the job (and in the ZIP's 说明.txt); the rest are delivered.
ALTER TABLE report_bundle_job ADD COLUMN heartbeat_at DATETIME(3) NULL;
ALTER TABLE report_bundle_job ADD COLUMN failures TEXT NULL;

-- Gives a generation of format 2 the columns of format 3 (withdrawals, the day a step was recorded), so that it
-- keeps answering, with the figures it had, until the rebuild that starts with the upgrade replaces it
-- (ProjectionUpgrade); the merges, withdrawals, supersessions and corrections it set aside only the rebuild brings
-- in. The new tables and views come from schema.sql.
ALTER TABLE {schema}.actor ADD COLUMN IF NOT EXISTS withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS started_version bigint;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE {schema}.step ADD COLUMN IF NOT EXISTS recorded_on date;
ALTER TABLE {schema}.engagement ADD COLUMN IF NOT EXISTS withdrawn boolean NOT NULL DEFAULT false;

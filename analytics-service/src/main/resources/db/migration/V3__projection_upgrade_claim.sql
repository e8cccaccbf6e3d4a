-- When a new version finds the active generation in an older format, one replica claims its rebuild into the
-- current format (ProjectionUpgrade); a claim older than an hour, from a replica that died, may be taken again.
ALTER TABLE projection_generation ADD COLUMN upgrade_claimed_at timestamptz;

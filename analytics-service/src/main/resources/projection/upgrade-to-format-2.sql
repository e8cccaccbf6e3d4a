-- Gives a generation filled by a version before format 2 the columns of format 2, so that it keeps answering
-- until the rebuild that starts with the upgrade replaces it (ProjectionUpgrade). Its dates were all days, so
-- each is its own text at day precision; what it did not read (sources, the v2 events it set aside) only the
-- rebuild brings in.
ALTER TABLE {schema}.actor ADD COLUMN IF NOT EXISTS sourced boolean NOT NULL DEFAULT false;
ALTER TABLE {schema}.actor ADD COLUMN IF NOT EXISTS sources jsonb NOT NULL DEFAULT '[]';
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS sources jsonb NOT NULL DEFAULT '[]';
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS since_text text;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS since_precision text;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS until_text text;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS until_precision text;
ALTER TABLE {schema}.membership ADD COLUMN IF NOT EXISTS sourced boolean NOT NULL DEFAULT false;
ALTER TABLE {schema}.step ADD COLUMN IF NOT EXISTS date_text text;
ALTER TABLE {schema}.step ADD COLUMN IF NOT EXISTS precision text;
ALTER TABLE {schema}.step ADD COLUMN IF NOT EXISTS sources jsonb NOT NULL DEFAULT '[]';
ALTER TABLE {schema}.engagement ADD COLUMN IF NOT EXISTS sourced boolean NOT NULL DEFAULT false;
ALTER TABLE {schema}.participant ADD COLUMN IF NOT EXISTS name text;
ALTER TABLE {schema}.participant ADD COLUMN IF NOT EXISTS country text;
ALTER TABLE {schema}.participant ADD COLUMN IF NOT EXISTS subdivision text;
UPDATE {schema}.membership SET since_text = since::text, since_precision = 'day',
       until_text = until::text, until_precision = CASE WHEN until IS NULL THEN NULL ELSE 'day' END
 WHERE since_text IS NULL;
-- A proposal without a date took its signing's day: it has no date of its own.
UPDATE {schema}.step s SET date_text = on_date::text, precision = 'day'
 WHERE date_text IS NULL AND on_date IS NOT NULL
   AND NOT (step = 'proposed' AND EXISTS (SELECT 1 FROM {schema}.step g WHERE g.engagement_id = s.engagement_id
                                          AND g.step = 'signed' AND g.on_date = s.on_date));

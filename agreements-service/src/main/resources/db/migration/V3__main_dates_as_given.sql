-- Main dates at the precision of their source (docs/decisions/0013): the date as given (2019, 2019-05 or
-- 2019-05-09) beside the day lists sort and filter by, the first day of a start and the last day of an end.
ALTER TABLE engagement_view ADD COLUMN starts_on_as_given text;
ALTER TABLE engagement_view ADD COLUMN ends_on_as_given text;
COMMENT ON COLUMN engagement_view.starts_on IS 'The first day of the main date, which lists sort and filter by';
COMMENT ON COLUMN engagement_view.ends_on IS 'The last day of the end date';

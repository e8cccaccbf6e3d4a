-- The dated steps of some engagements, in the order of their lives: each date as given, its precision, the day
-- it counts from, and the sources of the step.
-- Parameter: the engagements' ids.
SELECT engagement_id, step, date_text, precision, on_date, sources::text
FROM {s}.step
WHERE engagement_id = ANY (?)
ORDER BY engagement_id, version

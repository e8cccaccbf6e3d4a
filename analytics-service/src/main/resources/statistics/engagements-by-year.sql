-- Per year, up to the date: agreements signed, missions completed, conferences held, statements issued.
-- A step dated to a year or a month counts in its year: the day it counts from lies within its period.
-- Parameters: the date; sourced.
SELECT extract(year FROM s.on_date)::int,
       count(*) FILTER (WHERE s.type = 'agreement' AND s.step = 'signed'),
       count(*) FILTER (WHERE s.type = 'mission' AND s.step = 'completed'),
       count(*) FILTER (WHERE s.step = 'held'),
       count(*) FILTER (WHERE s.step = 'issued')
FROM {s}.step s JOIN {s}.engagement e ON e.id = s.engagement_id
WHERE s.on_date <= ? AND s.step IN ('signed', 'completed', 'held', 'issued') AND (e.sourced OR NOT ?::boolean)
GROUP BY 1
ORDER BY 1

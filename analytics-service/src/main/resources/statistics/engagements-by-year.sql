-- Per year, up to the date: agreements signed, missions completed, conferences held, statements issued, and the
-- relationships the year's signings made (distinct pairs of two actors, after merges, parties together to an
-- agreement signed that year). A step dated to a year or a month counts in its year: the day it counts from lies
-- within its period. Withdrawn records are in no year.
-- Parameters: the date; sourced.
WITH counted AS (
    SELECT s.engagement_id, s.type, s.step, extract(year FROM s.on_date)::int AS year
    FROM {s}.step s JOIN {s}.engagement e ON e.id = s.engagement_id
    WHERE s.on_date <= ? AND s.step IN ('signed', 'completed', 'held', 'issued') AND (e.sourced OR NOT ?::boolean)
      AND NOT e.withdrawn),
pairs AS (
    SELECT c.year, count(DISTINCT (least(x.actor_id, y.actor_id), greatest(x.actor_id, y.actor_id))) AS relationships
    FROM counted c
         JOIN {s}.resolved_participant x ON x.engagement_id = c.engagement_id
         JOIN {s}.resolved_participant y ON y.engagement_id = c.engagement_id AND y.actor_id <> x.actor_id
    WHERE c.type = 'agreement' AND c.step = 'signed'
    GROUP BY 1)
SELECT c.year,
       count(*) FILTER (WHERE c.type = 'agreement' AND c.step = 'signed'),
       count(*) FILTER (WHERE c.type = 'mission' AND c.step = 'completed'),
       count(*) FILTER (WHERE c.step = 'held'),
       count(*) FILTER (WHERE c.step = 'issued'),
       coalesce(max(pairs.relationships), 0)
FROM counted c LEFT JOIN pairs ON pairs.year = c.year
GROUP BY 1
ORDER BY 1

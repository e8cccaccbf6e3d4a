-- Per region: the engagements completed, held or issued by the date, by type and by the role its actors had
-- (the statistic reads the missions led and hosted).
-- Parameters: the date; sourced; the country (or null for all), twice.
SELECT {region}, s.type, p.role, count(DISTINCT s.engagement_id)
FROM {s}.step s JOIN {s}.participant p ON p.engagement_id = s.engagement_id JOIN {s}.actor a ON a.id = p.actor_id
     JOIN {s}.engagement e ON e.id = s.engagement_id
WHERE s.step IN ('completed', 'held', 'issued') AND s.on_date <= ? AND (e.sourced OR NOT ?::boolean)
  AND {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
GROUP BY 1, 2, 3

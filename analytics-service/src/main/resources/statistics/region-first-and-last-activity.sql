-- Per region: the first and the last day of activity of its actors, by the date.
-- Parameters: the date; the country (or null for all), twice.
SELECT {region}, min(s.on_date), max(s.on_date)
FROM {s}.step s JOIN {s}.participant p ON p.engagement_id = s.engagement_id JOIN {s}.actor a ON a.id = p.actor_id
WHERE s.step IN {activity} AND s.on_date <= ?
  AND {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
GROUP BY 1

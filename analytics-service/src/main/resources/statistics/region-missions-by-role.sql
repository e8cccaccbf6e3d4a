-- Per region ('unknown' as for agreements): the engagements completed, held or issued by the date, by type and by
-- the role its actors had (the statistic reads the missions led and hosted). Withdrawn ones are not counted.
-- Parameters: the date; sourced; the country (or null for all), twice.
SELECT {region}, {regionCountry}, s.type, p.role, count(DISTINCT s.engagement_id)
FROM {s}.step s JOIN {s}.resolved_participant p ON p.engagement_id = s.engagement_id
     LEFT JOIN {s}.directory a ON a.id = p.actor_id JOIN {s}.engagement e ON e.id = s.engagement_id
WHERE s.step IN ('completed', 'held', 'issued') AND s.on_date <= ? AND (e.sourced OR NOT ?::boolean)
  AND NOT e.withdrawn AND (?::text IS NULL OR a.country = ?::text)
GROUP BY 1, 2, 3, 4

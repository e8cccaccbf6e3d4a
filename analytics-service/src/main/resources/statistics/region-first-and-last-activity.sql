-- Per region ('unknown' as for agreements): the first and the last activity of its actors by the date, each as its
-- date was given, in the order of the days they count from.
-- Parameters: the date; sourced; the country (or null for all), twice.
SELECT {region}, {regionCountry}, (array_agg(s.date_text ORDER BY s.on_date, s.date_text COLLATE "C"))[1],
       (array_agg(s.date_text ORDER BY s.on_date DESC, s.date_text COLLATE "C" DESC))[1]
FROM {s}.step s JOIN {s}.resolved_participant p ON p.engagement_id = s.engagement_id
     LEFT JOIN {s}.directory a ON a.id = p.actor_id JOIN {s}.engagement e ON e.id = s.engagement_id
WHERE s.step IN {activity} AND s.on_date <= ? AND (e.sourced OR NOT ?::boolean)
  AND NOT e.withdrawn AND (?::text IS NULL OR a.country = ?::text)
GROUP BY 1, 2

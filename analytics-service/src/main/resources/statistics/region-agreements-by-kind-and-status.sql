-- Per region: the agreements one of its actors takes part in, by kind and by status on the date.
-- Parameters: the date; sourced; the country (or null for all), twice.
WITH {status}
SELECT {region}, e.kind, st.status, count(DISTINCT e.id)
FROM status st JOIN {s}.engagement e ON e.id = st.id
     JOIN {s}.participant p ON p.engagement_id = e.id JOIN {s}.actor a ON a.id = p.actor_id
WHERE {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
GROUP BY 1, 2, 3

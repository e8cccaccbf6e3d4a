-- Per two countries (each pair once, in code order; a country with itself for agreements between its own
-- actors): the agreements between their parties, and those signed on the date.
-- Parameters: the date; sourced; the country the pairs must include (or null for all), twice.
WITH {status},
parties AS (
    SELECT st.id, st.status, p.actor_id, a.country
    FROM status st
         JOIN {s}.participant p ON p.engagement_id = st.id AND p.role = 'party'
         JOIN {s}.actor a ON a.id = p.actor_id
    WHERE a.country IS NOT NULL)
SELECT x.country, y.country, count(DISTINCT x.id), count(DISTINCT x.id) FILTER (WHERE x.status = 'signed')
FROM parties x JOIN parties y ON y.id = x.id AND y.actor_id <> x.actor_id AND x.country <= y.country
WHERE ?::text IS NULL OR ?::text IN (x.country, y.country)
GROUP BY 1, 2
ORDER BY 3 DESC, 1, 2

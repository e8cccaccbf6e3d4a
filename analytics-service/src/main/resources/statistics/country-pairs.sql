-- Per two countries (each pair once, in code order, 'unknown' after every code for parties without a country; a
-- country with itself for agreements between its own actors): the agreements between their parties (two distinct
-- actors after merges), those signed on the date, and the relationships (distinct pairs of such parties to an
-- agreement in force on the date). The last row (total true) counts every agreement of the table once.
-- Parameters: the date; sourced; the country the pairs must include (or null for all), twice.
WITH {status},
parties AS (
    SELECT DISTINCT st.id, st.status, p.actor_id, coalesce(a.country, 'unknown') AS country
    FROM status st
         JOIN {s}.resolved_participant p ON p.engagement_id = st.id AND p.role = 'party'
         LEFT JOIN {s}.directory a ON a.id = p.actor_id)
SELECT x.country, y.country, count(DISTINCT x.id), count(DISTINCT x.id) FILTER (WHERE x.status = 'signed'),
       count(DISTINCT (least(x.actor_id, y.actor_id), greatest(x.actor_id, y.actor_id)))
           FILTER (WHERE x.status = 'signed'),
       GROUPING(x.country, y.country) <> 0 AS total
FROM parties x JOIN parties y ON y.id = x.id AND y.actor_id <> x.actor_id AND x.country COLLATE "C" <= y.country COLLATE "C"
WHERE ?::text IS NULL OR ?::text IN (x.country, y.country)
GROUP BY GROUPING SETS ((x.country, y.country), ())
ORDER BY 6 DESC, 3 DESC, x.country COLLATE "C", y.country COLLATE "C"

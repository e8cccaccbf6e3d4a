-- Per region: the agreements one of its actors (after merges) takes part in, by kind and by status on the date;
-- an actor the directory cannot place at the level (none there, or not registered yet) is in 'unknown'; a withdrawn
-- actor takes part in nothing.
-- The last row (total true) is every agreement the table counts, each once, for the shares.
-- Parameters: the date; sourced; the country (or null for all), twice.
WITH {status},
counted AS (
    SELECT {region} AS region, {regionCountry} AS country, e.kind, st.status, e.id
    FROM status st JOIN {s}.engagement e ON e.id = st.id
         JOIN {s}.resolved_participant p ON p.engagement_id = e.id LEFT JOIN {s}.directory a ON a.id = p.actor_id
    WHERE (?::text IS NULL OR a.country = ?::text))
SELECT region, country, kind, status, count(DISTINCT id), GROUPING(region, country, kind, status) <> 0
FROM counted
GROUP BY GROUPING SETS ((region, country, kind, status), ())

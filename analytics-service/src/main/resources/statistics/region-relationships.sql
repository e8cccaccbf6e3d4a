-- Per region: its relationships, the distinct pairs of two actors (after merges) that are parties together to at
-- least one agreement in force on the date, one of the two in the region ('unknown' as for agreements).
-- Parameters: the date; sourced; the country (or null for all), twice.
WITH {status},
pairs AS (
    SELECT DISTINCT least(x.actor_id, y.actor_id) AS one, greatest(x.actor_id, y.actor_id) AS other,
           x.actor_id AS member
    FROM status st
         JOIN {s}.resolved_participant x ON x.engagement_id = st.id
         JOIN {s}.resolved_participant y ON y.engagement_id = st.id AND y.actor_id <> x.actor_id
    WHERE st.status = 'signed')
SELECT {region}, {regionCountry}, count(DISTINCT (one, other))
FROM pairs LEFT JOIN {s}.directory a ON a.id = pairs.member
WHERE (?::text IS NULL OR a.country = ?::text)
GROUP BY 1, 2

-- Per Chinese province (or China) and Latin American or Caribbean {counterpart} (country, or subdivision):
-- the agreements between their actors, those signed on the date, and the first and last signing (as given, in
-- the order of the days they count from).
-- Parameters: the date; sourced; the date.
WITH {status},
pairs AS (
    SELECT DISTINCT st.id, st.status, coalesce(x.subdivision, x.country) AS china, {counterpart} AS counterpart
    FROM status st
         JOIN {s}.participant px ON px.engagement_id = st.id
         JOIN {s}.actor x ON x.id = px.actor_id AND x.country = 'CN'
         JOIN {s}.participant py ON py.engagement_id = st.id
         JOIN {s}.actor y ON y.id = py.actor_id AND y.m49_subregion = '419')
SELECT china, counterpart, count(DISTINCT pairs.id), count(DISTINCT pairs.id) FILTER (WHERE status = 'signed'),
       (array_agg(signed.date_text ORDER BY signed.on_date, signed.date_text COLLATE "C")
            FILTER (WHERE signed.on_date IS NOT NULL))[1],
       (array_agg(signed.date_text ORDER BY signed.on_date DESC, signed.date_text COLLATE "C" DESC)
            FILTER (WHERE signed.on_date IS NOT NULL))[1]
FROM pairs
     LEFT JOIN {s}.step signed ON signed.engagement_id = pairs.id AND signed.step = 'signed' AND signed.on_date <= ?
GROUP BY 1, 2
ORDER BY 3 DESC, china COLLATE "C", counterpart COLLATE "C"

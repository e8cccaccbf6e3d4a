-- Per Chinese province ('unknown' for Chinese actors without one) and Latin American or Caribbean {counterpart}
-- (country, or subdivision: 'unknown' with its country for actors without one): the agreements between their
-- actors (after merges), those signed on the date, the relationships (distinct pairs of a Chinese and a Latin
-- American actor parties together to an agreement in force on the date), and the first and last signing (as
-- given, in the order of the days they count from). The last row (total true) counts every agreement of the
-- table once, for the shares.
-- Parameters: the date; sourced; the date.
WITH {status},
pairs AS (
    SELECT st.id, st.status, coalesce(x.subdivision, 'unknown') AS china, {counterpart} AS counterpart,
           {counterpartCountry} AS counterpart_country, x.id AS chinese, y.id AS latin_american
    FROM status st
         JOIN {s}.resolved_participant px ON px.engagement_id = st.id
         JOIN {s}.directory x ON x.id = px.actor_id AND x.country = 'CN'
         JOIN {s}.resolved_participant py ON py.engagement_id = st.id
         JOIN {s}.directory y ON y.id = py.actor_id AND y.m49_subregion = '419'),
signings AS (
    SELECT DISTINCT pairs.id, pairs.china, pairs.counterpart, pairs.counterpart_country, signed.on_date,
           signed.date_text
    FROM pairs JOIN {s}.step signed ON signed.engagement_id = pairs.id AND signed.step = 'signed' AND signed.on_date <= ?),
counts AS (
    SELECT china, counterpart, counterpart_country, count(DISTINCT id) AS agreements,
           count(DISTINCT id) FILTER (WHERE status = 'signed') AS active,
           count(DISTINCT (chinese, latin_american)) FILTER (WHERE status = 'signed') AS relationships,
           GROUPING(china, counterpart, counterpart_country) <> 0 AS total
    FROM pairs
    GROUP BY GROUPING SETS ((china, counterpart, counterpart_country), ()))
SELECT c.china, c.counterpart, c.agreements, c.active,
       (SELECT g.date_text FROM signings g WHERE g.china = c.china AND g.counterpart = c.counterpart
          AND g.counterpart_country IS NOT DISTINCT FROM c.counterpart_country
        ORDER BY g.on_date, g.date_text COLLATE "C" LIMIT 1),
       (SELECT g.date_text FROM signings g WHERE g.china = c.china AND g.counterpart = c.counterpart
          AND g.counterpart_country IS NOT DISTINCT FROM c.counterpart_country
        ORDER BY g.on_date DESC, g.date_text COLLATE "C" DESC LIMIT 1),
       c.counterpart_country, c.relationships, c.total
FROM counts c
ORDER BY c.total DESC, c.agreements DESC, c.china COLLATE "C", c.counterpart COLLATE "C",
         c.counterpart_country COLLATE "C" NULLS FIRST

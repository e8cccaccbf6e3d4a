-- The engagements behind a figure: those that have a status on the date (their latest step, in the order of
-- their life, that counts by then) and match every filter given; one page of them, the latest status first, and
-- how many match in all (one row even when the page is empty). The region side: an actor of the engagement in
-- {region} with the role and country asked for; the counterpart: another of its actors in {counterpart}. The
-- year: the year of its signing, completion, holding or issue, counted by the date. Actors are matched after
-- merges, placed by the directory ('unknown' where it has no place for them, as the figures count them), and
-- withdrawn records match nothing.
-- Parameters: the date, sourced, type, status, kind, field, year, region, role, country, counterpart, the
-- counterpart's country (each once, null for none); how many on a page; how many rows to skip.
WITH wanted AS (
    SELECT ?::date AS as_of, ?::boolean AS sourced, ?::text AS type, ?::text AS status, ?::text AS kind,
           ?::text AS field, ?::int AS year, ?::text AS region, ?::text AS role, ?::text AS country,
           ?::text AS counterpart, ?::text AS counterpart_country),
status AS (
    SELECT DISTINCT ON (s.engagement_id) s.engagement_id AS id, s.on_date,
           CASE WHEN s.type = 'agreement' AND s.step IN ('renewed', 'reinstated', 'attested') THEN 'signed'
                ELSE s.step END AS status
    FROM {s}.step s CROSS JOIN wanted w
    WHERE s.on_date <= w.as_of
    ORDER BY s.engagement_id, s.version DESC),
matching AS (
    SELECT e.id, e.type, e.kind, e.title, e.sourced, st.status, st.on_date
    FROM status st JOIN {s}.engagement e ON e.id = st.id CROSS JOIN wanted w
    WHERE (e.sourced OR NOT w.sourced) AND NOT e.withdrawn
      AND (w.type IS NULL OR e.type = w.type)
      AND (w.status IS NULL OR st.status = w.status)
      AND (w.kind IS NULL OR e.kind = w.kind)
      AND (w.field IS NULL OR EXISTS (SELECT 1 FROM {s}.field f WHERE f.engagement_id = e.id AND f.field = w.field))
      AND (w.year IS NULL OR EXISTS (
              SELECT 1 FROM {s}.step y
              WHERE y.engagement_id = e.id AND y.step IN ('signed', 'completed', 'held', 'issued')
                AND y.on_date <= w.as_of AND extract(year FROM y.on_date) = w.year))
      AND (w.region IS NULL AND w.role IS NULL AND w.country IS NULL OR EXISTS (
              SELECT 1 FROM {s}.resolved_participant p LEFT JOIN {s}.directory a ON a.id = p.actor_id
              WHERE p.engagement_id = e.id
                AND (w.region IS NULL OR {region} = w.region)
                AND (w.role IS NULL OR p.role = w.role)
                AND (w.country IS NULL OR a.country = w.country)
                AND (w.counterpart IS NULL OR EXISTS (
                        SELECT 1 FROM {s}.resolved_participant q LEFT JOIN {s}.directory b ON b.id = q.actor_id
                        WHERE q.engagement_id = e.id AND q.actor_id <> p.actor_id
                          AND {counterpart} = w.counterpart
                          AND (w.counterpart_country IS NULL OR b.country = w.counterpart_country))))))
SELECT total.n, page.id, page.type, page.kind, page.title, page.status, page.sourced
FROM (SELECT count(*) AS n FROM matching) total
     LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY on_date DESC, id LIMIT ? OFFSET ?) page ON true

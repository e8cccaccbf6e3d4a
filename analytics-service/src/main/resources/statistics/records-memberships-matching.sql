-- The memberships behind a count of memberships: those that last on the date (from the day their start counts
-- from until the day their end does) of an actor in {region} and of the country asked for, with a source if
-- sourced, after merges each member and network once (its earliest such membership), withdrawn ones left out; one
-- page of them, the latest start first, and how many match in all (one row even when the page is empty).
-- Parameters: the date, sourced, region, country (each once, null for none); how many on a page; how many rows
-- to skip.
WITH wanted AS (
    SELECT ?::date AS as_of, ?::boolean AS sourced, ?::text AS region, ?::text AS country),
matching AS (
    SELECT DISTINCT ON (m.actor_id, m.network_id) m.*, a.name AS member_name, a.country AS member_country, a.subdivision AS member_subdivision,
           n.name AS network_name
    FROM {s}.resolved_membership m JOIN {s}.directory a ON a.id = m.actor_id LEFT JOIN {s}.actor n ON n.id = m.network_id
         CROSS JOIN wanted w
    WHERE m.since <= w.as_of AND (m.until IS NULL OR m.until > w.as_of) AND (m.sourced OR NOT w.sourced)
      AND (w.region IS NULL OR {region} = w.region)
      AND (w.country IS NULL OR a.country = w.country)
    ORDER BY m.actor_id, m.network_id, m.since)
SELECT total.n, page.actor_id, page.network_id, page.since_text, page.since_precision, page.since,
       page.until_text, page.until_precision, page.until, page.member_name, page.member_country,
       page.member_subdivision, page.network_name, page.sources::text, page.sourced
FROM (SELECT count(*) AS n FROM matching) total
     LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY since DESC, actor_id, network_id LIMIT ? OFFSET ?) page ON true

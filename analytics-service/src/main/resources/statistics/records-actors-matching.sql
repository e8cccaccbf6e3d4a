-- The actors behind a count of actors (neither merged nor withdrawn): those not retired on the date, of the kind,
-- in {region} ('unknown' for those without a place at the level) and of the country
-- asked for, and with a source if sourced; one page of them by name, and how many match in all (one row even when
-- the page is empty).
-- Parameters: the date, sourced, kind, region, country (each once, null for none); how many on a page; how many
-- rows to skip.
WITH wanted AS (
    SELECT ?::date AS as_of, ?::boolean AS sourced, ?::text AS kind, ?::text AS region, ?::text AS country),
matching AS (
    SELECT a.*
    FROM {s}.directory a CROSS JOIN wanted w
    WHERE (a.retired_on IS NULL OR a.retired_on > w.as_of) AND (a.sourced OR NOT w.sourced)
      AND (w.kind IS NULL OR a.kind = w.kind)
      AND (w.region IS NULL OR {region} = w.region)
      AND (w.country IS NULL OR a.country = w.country))
SELECT total.n, page.id, page.kind, page.name, page.country, page.subdivision, page.sources::text, page.sourced
FROM (SELECT count(*) AS n FROM matching) total
     LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY name COLLATE "C", id LIMIT ? OFFSET ?) page ON true

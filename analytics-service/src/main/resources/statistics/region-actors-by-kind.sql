-- Per region: the actors not retired on the date, by kind.
-- Parameters: the country (or null for all), twice; the date.
SELECT {region}, a.kind, count(*)
FROM {s}.actor a
WHERE {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
  AND (a.retired_on IS NULL OR a.retired_on > ?)
GROUP BY 1, 2

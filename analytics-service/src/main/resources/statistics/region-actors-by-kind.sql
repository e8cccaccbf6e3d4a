-- Per region: the actors not retired on the date, by kind; with sourced, only the actors that cite a source.
-- Parameters: the country (or null for all), twice; the date; sourced.
SELECT {region}, a.kind, count(*)
FROM {s}.actor a
WHERE {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
  AND (a.retired_on IS NULL OR a.retired_on > ?) AND (a.sourced OR NOT ?::boolean)
GROUP BY 1, 2

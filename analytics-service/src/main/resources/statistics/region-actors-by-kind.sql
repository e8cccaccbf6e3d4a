-- Per region ('unknown' for the actors without one at the level, by country at the level of subdivisions): the
-- actors not retired on the date, by kind; with sourced, only the actors that cite a source. Merged and withdrawn
-- actors are not counted (the survivor stands for a merged one).
-- Parameters: the country (or null for all), twice; the date; sourced.
SELECT {region}, {regionCountry}, a.kind, count(*)
FROM {s}.directory a
WHERE (?::text IS NULL OR a.country = ?::text)
  AND (a.retired_on IS NULL OR a.retired_on > ?) AND (a.sourced OR NOT ?::boolean)
GROUP BY 1, 2, 3

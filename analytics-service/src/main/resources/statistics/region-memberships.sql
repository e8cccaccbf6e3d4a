-- Per region: the network memberships of its actors that last on the date (each counts from the day its start
-- counts from until the day its end does); with sourced, only the memberships that cite a source.
-- Parameters: the country (or null for all), twice; the date, twice; sourced.
SELECT {region}, count(*)
FROM {s}.membership m JOIN {s}.actor a ON a.id = m.actor_id
WHERE {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
  AND m.since <= ? AND (m.until IS NULL OR m.until > ?) AND (m.sourced OR NOT ?::boolean)
GROUP BY 1

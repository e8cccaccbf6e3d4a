-- Per region: the network memberships of its actors that last on the date.
-- Parameters: the country (or null for all), twice; the date, twice.
SELECT {region}, count(*)
FROM {s}.membership m JOIN {s}.actor a ON a.id = m.actor_id
WHERE {region} IS NOT NULL AND (?::text IS NULL OR a.country = ?::text)
  AND m.since <= ? AND (m.until IS NULL OR m.until > ?)
GROUP BY 1

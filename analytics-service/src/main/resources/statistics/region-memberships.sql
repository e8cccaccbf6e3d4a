-- Per region ('unknown' as for actors): the network memberships of its actors that last on the date (each counts
-- from the day its start counts from until the day its end does), each member and network once after merges;
-- with sourced, only the memberships that cite a source. Withdrawn memberships and members are not counted.
-- Parameters: the country (or null for all), twice; the date, twice; sourced.
SELECT {region}, {regionCountry}, count(DISTINCT (m.actor_id, m.network_id))
FROM {s}.resolved_membership m JOIN {s}.directory a ON a.id = m.actor_id
WHERE (?::text IS NULL OR a.country = ?::text)
  AND m.since <= ? AND (m.until IS NULL OR m.until > ?) AND (m.sourced OR NOT ?::boolean)
GROUP BY 1, 2

-- The actors with the most engagements signed (or attested), completed, held or issued by the date, with their
-- last such activity (as its date was given); the most active first. A merged actor's engagements are its
-- survivor's; withdrawn actors and records are left out.
-- Parameters: the date; sourced; how many actors.
SELECT p.actor_id, a.name, a.country, a.subdivision, count(DISTINCT s.engagement_id), max(s.on_date),
       (array_agg(s.date_text ORDER BY s.on_date DESC, s.date_text COLLATE "C" DESC))[1]
FROM {s}.step s
     JOIN {s}.resolved_participant p ON p.engagement_id = s.engagement_id
     JOIN {s}.engagement e ON e.id = s.engagement_id
     LEFT JOIN {s}.actor a ON a.id = p.actor_id
WHERE s.step IN ('signed', 'attested', 'completed', 'held', 'issued') AND s.on_date <= ? AND (e.sourced OR NOT ?::boolean)
  AND NOT e.withdrawn AND (a.id IS NULL OR NOT a.withdrawn)
GROUP BY 1, 2, 3, 4
ORDER BY 5 DESC, 6 DESC, 1
LIMIT ?

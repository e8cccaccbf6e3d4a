-- The actors of some engagements with their roles: named and placed as the directory has them, or, for an actor
-- whose registration has not reached the statistics yet, as the engagement's event recorded it; a merged actor
-- as its survivor, once.
-- Parameter: the engagements' ids.
SELECT DISTINCT ON (p.engagement_id, array_position(ARRAY['party', 'leader', 'host', 'issuer', 'participant', 'subject'], p.role),
                   p.actor_id)
       p.engagement_id, p.actor_id, p.role,
       CASE WHEN a.id IS NULL THEN p.name ELSE a.name END,
       CASE WHEN a.id IS NULL THEN p.country ELSE a.country END,
       CASE WHEN a.id IS NULL THEN p.subdivision ELSE a.subdivision END
FROM {s}.resolved_participant p LEFT JOIN {s}.actor a ON a.id = p.actor_id
WHERE p.engagement_id = ANY (?)
ORDER BY p.engagement_id, array_position(ARRAY['party', 'leader', 'host', 'issuer', 'participant', 'subject'], p.role),
         p.actor_id

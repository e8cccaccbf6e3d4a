-- The agreements signed on the date whose parties (any two of them) last had activity together before a day:
-- each with its parties (after merges) and that last contact (as its date was given), the longest dormant first.
-- Parameters: the date; sourced; the date; sourced; the day before which the last contact must lie.
WITH {status},
active AS (SELECT id FROM status WHERE status = 'signed'),
contact AS (
    SELECT ag.id, max(s.on_date) AS last_contact,
           (array_agg(s.date_text ORDER BY s.on_date DESC, s.date_text COLLATE "C" DESC))[1] AS last_contact_as_given
    FROM active ag
         JOIN {s}.resolved_participant pa ON pa.engagement_id = ag.id AND pa.role = 'party'
         JOIN {s}.resolved_participant pb ON pb.engagement_id = ag.id AND pb.role = 'party' AND pb.actor_id > pa.actor_id
         JOIN {s}.resolved_participant qa ON qa.actor_id = pa.actor_id
         JOIN {s}.resolved_participant qb ON qb.engagement_id = qa.engagement_id AND qb.actor_id = pb.actor_id
         JOIN {s}.step s ON s.engagement_id = qa.engagement_id
         JOIN {s}.engagement contact ON contact.id = s.engagement_id
    WHERE s.step IN {activity} AND s.on_date <= ? AND (contact.sourced OR NOT ?::boolean) AND NOT contact.withdrawn
    GROUP BY ag.id)
SELECT c.id, e.kind, e.title,
       array(SELECT DISTINCT actor_id FROM {s}.resolved_participant WHERE engagement_id = c.id AND role = 'party'
             ORDER BY actor_id),
       c.last_contact_as_given
FROM contact c JOIN {s}.engagement e ON e.id = c.id
WHERE c.last_contact < ?
ORDER BY c.last_contact, c.id

-- Per field of cooperation: the agreements in force on the date that name it, their relationships (distinct pairs
-- of two actors, after merges, parties together to one of them), and all agreements in force (for the share);
-- the most named first.
-- Parameters: the date; sourced.
WITH {status},
active AS (SELECT id FROM status WHERE status = 'signed'),
pairs AS (
    SELECT DISTINCT f.field, least(x.actor_id, y.actor_id) AS one, greatest(x.actor_id, y.actor_id) AS other
    FROM active ag JOIN {s}.field f ON f.engagement_id = ag.id
         JOIN {s}.resolved_participant x ON x.engagement_id = ag.id
         JOIN {s}.resolved_participant y ON y.engagement_id = ag.id AND y.actor_id <> x.actor_id)
SELECT f.field, count(*), (SELECT count(*) FROM active),
       (SELECT count(*) FROM pairs WHERE pairs.field = f.field)
FROM active ag JOIN {s}.field f ON f.engagement_id = ag.id
GROUP BY 1
ORDER BY 2 DESC, f.field COLLATE "C"

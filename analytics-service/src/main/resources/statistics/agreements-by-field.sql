-- Per field of cooperation: the agreements signed on the date that name it, and all agreements signed on the
-- date (for the share); the most named first.
-- Parameters: the date; sourced.
WITH {status},
active AS (SELECT id FROM status WHERE status = 'signed')
SELECT f.field, count(*), (SELECT count(*) FROM active)
FROM active ag JOIN {s}.field f ON f.engagement_id = ag.id
GROUP BY 1
ORDER BY 2 DESC, f.field COLLATE "C"

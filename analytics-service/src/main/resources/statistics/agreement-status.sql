-- Each agreement's status on the date: its latest step (in the order of its life) that counts by then. A renewal
-- or reinstatement leaves it signed, and a signing attested by a source without its day ('attested') makes an
-- agreement signed from the day the source vouches for; an agreement upgraded by a later one is 'superseded'
-- from the upgrade's signing. A withdrawn agreement has no status at any date. With sourced, only the agreements
-- that cite a source.
-- A fragment: the queries that need it start with WITH {status}.
-- Parameters: the date; sourced (true for only the sourced agreements).
status AS (
    SELECT DISTINCT ON (s.engagement_id) s.engagement_id AS id,
           CASE WHEN s.step IN ('renewed', 'reinstated', 'attested') THEN 'signed' ELSE s.step END AS status
    FROM {s}.step s JOIN {s}.engagement e ON e.id = s.engagement_id
    WHERE s.type = 'agreement' AND s.on_date <= ? AND (e.sourced OR NOT ?::boolean) AND NOT e.withdrawn
    ORDER BY s.engagement_id, s.version DESC)

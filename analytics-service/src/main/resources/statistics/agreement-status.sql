-- Each agreement's status on the date: the latest of its steps on or before it. A renewal or reinstatement
-- leaves it signed, and a signing attested by a source without its day ('attested') makes an agreement signed
-- from the day the source vouches for. A fragment: the queries that need it start with WITH {status}.
-- Parameter: the date.
status AS (
    SELECT DISTINCT ON (engagement_id) engagement_id AS id,
           CASE WHEN step IN ('renewed', 'reinstated', 'attested') THEN 'signed' ELSE step END AS status
    FROM {s}.step
    WHERE type = 'agreement' AND on_date <= ?
    ORDER BY engagement_id, on_date DESC, version DESC)

-- A membership's dates are kept as their source gives them (YYYY, YYYY-MM or YYYY-MM-DD, docs/decisions/0013):
-- the text as given, beside the first day of its period, which is what the date columns now hold.
ALTER TABLE actor_membership_view ADD COLUMN since_as_given text;
ALTER TABLE actor_membership_view ADD COLUMN until_as_given text;
UPDATE actor_membership_view SET since_as_given = to_char(since, 'YYYY-MM-DD'),
                                 until_as_given = to_char(until, 'YYYY-MM-DD');
ALTER TABLE actor_membership_view ALTER COLUMN since_as_given SET NOT NULL;
COMMENT ON COLUMN actor_membership_view.since IS 'The first day of since_as_given';
COMMENT ON COLUMN actor_membership_view.until IS 'The first day of until_as_given; null while the membership lasts';

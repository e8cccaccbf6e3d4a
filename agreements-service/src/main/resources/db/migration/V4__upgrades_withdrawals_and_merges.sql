-- Actors merged into another (their survivor) or withdrawn (recorded in error), from the actors topic.
ALTER TABLE directory_actor ADD COLUMN merged_into text;
ALTER TABLE directory_actor ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
CREATE INDEX directory_actor_merged_into ON directory_actor (merged_into) WHERE merged_into IS NOT NULL;

-- Withdrawn engagements stay readable but leave the lists unless asked for; who withdrew them, when and why.
ALTER TABLE engagement_view ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE engagement_view ADD COLUMN withdrawal_reason text;
ALTER TABLE engagement_view ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE engagement_view ADD COLUMN withdrawn_by text;

-- Agreements: the one each upgrades, the oldest agreement of its chain of upgrades, and its parties as a key
-- (their distinct ids, sorted, comma-separated): possible duplicates are groups by kind and parties with more
-- than one chain.
ALTER TABLE engagement_view ADD COLUMN upgrades text;
ALTER TABLE engagement_view ADD COLUMN chain_root text;
ALTER TABLE engagement_view ADD COLUMN party_set text;
CREATE INDEX engagement_view_by_upgrades ON engagement_view (upgrades) WHERE upgrades IS NOT NULL;
CREATE INDEX engagement_view_duplicates ON engagement_view (kind, party_set, chain_root)
    WHERE type = 'agreement' AND NOT withdrawn;

UPDATE engagement_view SET upgrades = document ->> 'upgrades' WHERE type = 'agreement';
UPDATE engagement_view v SET party_set = (SELECT string_agg(DISTINCT a.actor_id, ',' ORDER BY a.actor_id)
    FROM engagement_actor_view a WHERE a.engagement_id = v.id AND a.role = 'party')
    WHERE v.type = 'agreement';
WITH RECURSIVE chain (id, root, depth) AS (
    SELECT id, id, 0 FROM engagement_view WHERE type = 'agreement' AND upgrades IS NULL
    UNION ALL
    SELECT v.id, c.root, c.depth + 1 FROM engagement_view v JOIN chain c ON v.upgrades = c.id WHERE c.depth < 100)
UPDATE engagement_view v SET chain_root = chain.root FROM chain WHERE chain.id = v.id;
UPDATE engagement_view SET chain_root = id WHERE type = 'agreement' AND chain_root IS NULL;

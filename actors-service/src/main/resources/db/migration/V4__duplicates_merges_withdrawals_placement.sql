-- Merged and withdrawn actors, and what the door check for duplicates and the backfill of placements look up.

-- The actor a merged actor was merged into, and the one that now stands for it at the end of the merge chain
-- (its own id while it stands): a network's merged member is listed as that representative, and a merged id
-- resolves to it in one read.
ALTER TABLE actor_view ADD COLUMN survivor_id text;
ALTER TABLE actor_view ADD COLUMN representative_id text;
UPDATE actor_view SET representative_id = id;
ALTER TABLE actor_view ALTER COLUMN representative_id SET NOT NULL;
CREATE INDEX actor_view_by_representative ON actor_view (representative_id);

ALTER TABLE actor_view ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;

-- For the actors the coordinates could place (GET /api/v1/actors?unplaced=true).
ALTER TABLE actor_view ADD COLUMN has_coordinates boolean NOT NULL DEFAULT false;
UPDATE actor_view SET has_coordinates = coalesce(jsonb_typeof(document -> 'coordinates') = 'object', false);
CREATE INDEX actor_view_unplaced ON actor_view (country) WHERE has_coordinates AND subdivision IS NULL;

-- Every name and alias of every actor, normalised (Unicode NFKD, without diacritics, lower case, without
-- punctuation and spaces: actor.model.ActorDecider.key), for the door check: an indexed lookup, not a scan.
-- Not unique: two bodies may share a name (the request says it is distinct from the other). Rows that existed
-- before this table are indexed at start (actor.infrastructure.ActorReadModel.indexNames).
CREATE TABLE actor_name_view (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id  text    NOT NULL REFERENCES actor_view (id),
    -- 0 for the English name, then the other languages, then the aliases in order.
    position  integer NOT NULL,
    name_key  text    NOT NULL,
    name      text    NOT NULL
);
CREATE INDEX actor_name_by_key ON actor_name_view (name_key);
CREATE INDEX actor_name_by_actor ON actor_name_view (actor_id);
ALTER TABLE actor_view ADD COLUMN names_indexed boolean NOT NULL DEFAULT false;

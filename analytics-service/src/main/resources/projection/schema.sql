-- One generation of the analytics projection; {schema} is replaced by its name. Facts are kept with their
-- dates, and every statistic is a query over them as of a date, so figures are exact under any arrival order:
-- an engagement naming an actor whose registration has not arrived yet is attributed as soon as it does.
-- A date is kept as its source gave it (text: YYYY, YYYY-MM or YYYY-MM-DD) with its precision, and the day it
-- counts from "as of" (docs/decisions/0013): the period's last day, or the day the event was recorded when that
-- lies within the period. That day always lies within the period, so its year is the period's year.
CREATE SCHEMA IF NOT EXISTS {schema};

-- The format of the facts, FORMAT in ProjectionSchema; a generation without a row was made by an older version.
CREATE TABLE IF NOT EXISTS {schema}.format (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   int     NOT NULL
);

-- sourced: one of its registration, corrections, renamings or retirement cites a source; sources: theirs.
CREATE TABLE IF NOT EXISTS {schema}.actor (
    id               text PRIMARY KEY,
    kind             text,
    name             text,
    country          text,
    subdivision      text,
    m49_region       text,
    m49_subregion    text,
    m49_intermediate text,
    retired_on       date,
    version          bigint  NOT NULL,
    withdrawn        boolean NOT NULL DEFAULT false,
    sourced          boolean NOT NULL DEFAULT false,
    sources          jsonb   NOT NULL DEFAULT '[]'
);

-- since and until are the days they count from; since_text and until_text the dates as given; sources those of
-- its start and end.
CREATE TABLE IF NOT EXISTS {schema}.membership (
    actor_id        text NOT NULL,
    network_id      text NOT NULL,
    since           date NOT NULL,
    until           date,
    since_text      text,
    since_precision text,
    until_text      text,
    until_precision text,
    sourced         boolean NOT NULL DEFAULT false,
    sources         jsonb   NOT NULL DEFAULT '[]',
    started_version bigint,
    withdrawn       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor_id, network_id, since)
);

-- One row per dated step of an engagement's life: agreements (proposed, signed, attested, renewed, suspended,
-- reinstated, terminated, expired), missions (planned, completed, cancelled), conferences (held), statements
-- (issued). An agreement recorded as signed without a proposal date counts its proposal from its signing, with
-- no date of its own (date_text stays null). sources: the step's event's sources, as published (a JSON array).
CREATE TABLE IF NOT EXISTS {schema}.step (
    engagement_id text   NOT NULL,
    type          text   NOT NULL,
    version       bigint NOT NULL,
    step          text   NOT NULL,
    on_date       date,
    date_text     text,
    precision     text,
    sources       jsonb  NOT NULL DEFAULT '[]',
    recorded_on   date,
    PRIMARY KEY (engagement_id, version)
);

-- sourced: one of its steps cites a source. withdrawn: recorded in error, so in no figure at any date.
CREATE TABLE IF NOT EXISTS {schema}.engagement (
    id        text PRIMARY KEY,
    type      text NOT NULL,
    kind      text,
    title     text,
    sourced   boolean NOT NULL DEFAULT false,
    withdrawn boolean NOT NULL DEFAULT false
);

-- The actors taking part in an engagement, and how: party, leader, host, participant, issuer, subject; with
-- the name and place the event recorded for it (v2 events carry them), shown while the directory lacks it.
CREATE TABLE IF NOT EXISTS {schema}.participant (
    engagement_id text NOT NULL,
    actor_id      text NOT NULL,
    role          text NOT NULL,
    name          text,
    country       text,
    subdivision   text,
    PRIMARY KEY (engagement_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS participant_by_actor ON {schema}.participant (actor_id);

CREATE TABLE IF NOT EXISTS {schema}.field (
    engagement_id text NOT NULL,
    field         text NOT NULL,
    PRIMARY KEY (engagement_id, field)
);

-- An actor recorded twice, merged into its survivor. The merges are facts, resolved into survivor (below) at
-- every merge, so the survivor stands for the duplicate at every date whatever order the events came in.
CREATE TABLE IF NOT EXISTS {schema}.merge (
    actor_id    text PRIMARY KEY,
    survivor_id text NOT NULL
);

-- Each merged actor and the actor that finally stands for it, following chains (A into B, B into C: A and B are
-- C). A table, not a view: the statistics look actors up in it by index in every subquery, where a recursive view
-- would be recomputed for each row they test. It is a function of merge alone, rewritten whole at each merge
-- (merges are few). The write side refuses a merge into a merged actor or into itself, so chains end; the depth
-- bound only guards a loop made by two merges recorded at the same time, and a merge into itself is no merge.
DO $$ BEGIN
    -- Generations made earlier in format 3 held survivor as a view.
    IF (SELECT relkind FROM pg_class WHERE oid = to_regclass('{schema}.survivor')) = 'v' THEN
        DROP VIEW {schema}.survivor CASCADE;
    END IF;
END $$;
CREATE TABLE IF NOT EXISTS {schema}.survivor (
    actor_id    text PRIMARY KEY,
    survivor_id text NOT NULL
);

CREATE OR REPLACE PROCEDURE {schema}.resolve_merges() LANGUAGE plpgsql AS $$
BEGIN
    -- Replicas sharing the database may apply two merges at once (ADR 9): one rewrite at a time, each seeing
    -- the merges committed before it.
    PERFORM pg_advisory_xact_lock(hashtext('{schema}.survivor'));
    DELETE FROM {schema}.survivor;
    INSERT INTO {schema}.survivor (actor_id, survivor_id)
    WITH RECURSIVE chain (actor_id, survivor_id, depth) AS (
        SELECT actor_id, survivor_id, 1 FROM {schema}.merge WHERE actor_id <> survivor_id
        UNION ALL
        SELECT c.actor_id, m.survivor_id, c.depth + 1
        FROM chain c JOIN {schema}.merge m ON m.actor_id = c.survivor_id AND m.actor_id <> m.survivor_id
        WHERE c.depth < 64)
    SELECT DISTINCT ON (actor_id) actor_id, survivor_id FROM chain ORDER BY actor_id, depth DESC;
END $$;
CALL {schema}.resolve_merges();

-- The actors the figures count and place by: neither merged into another nor withdrawn.
CREATE OR REPLACE VIEW {schema}.directory AS
SELECT a.* FROM {schema}.actor a
WHERE NOT a.withdrawn AND NOT EXISTS (SELECT 1 FROM {schema}.survivor m WHERE m.actor_id = a.id);

-- The participants with every merged actor replaced by its survivor, and without the withdrawn actors: an actor
-- recorded in error takes part in nothing (the engagement still counts for its other actors).
CREATE OR REPLACE VIEW {schema}.resolved_participant AS
SELECT p.engagement_id, coalesce(s.survivor_id, p.actor_id) AS actor_id, p.role, p.name, p.country, p.subdivision
FROM {schema}.participant p LEFT JOIN {schema}.survivor s ON s.actor_id = p.actor_id
WHERE NOT EXISTS (SELECT 1 FROM {schema}.actor w WHERE w.id = coalesce(s.survivor_id, p.actor_id) AND w.withdrawn);

-- The memberships not withdrawn, member and network each replaced by its survivor.
CREATE OR REPLACE VIEW {schema}.resolved_membership AS
SELECT coalesce(sa.survivor_id, m.actor_id) AS actor_id, coalesce(sn.survivor_id, m.network_id) AS network_id,
       m.since, m.until, m.since_text, m.since_precision, m.until_text, m.until_precision, m.sourced, m.sources
FROM {schema}.membership m LEFT JOIN {schema}.survivor sa ON sa.actor_id = m.actor_id
     LEFT JOIN {schema}.survivor sn ON sn.actor_id = m.network_id
WHERE NOT m.withdrawn;

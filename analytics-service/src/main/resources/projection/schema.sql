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
    PRIMARY KEY (engagement_id, version)
);

-- sourced: one of its steps cites a source.
CREATE TABLE IF NOT EXISTS {schema}.engagement (
    id      text PRIMARY KEY,
    type    text NOT NULL,
    kind    text,
    title   text,
    sourced boolean NOT NULL DEFAULT false
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

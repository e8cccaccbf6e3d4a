-- The projection schema as versions before format 2 created it (without a format table), to test the upgrade.
-- One generation of the analytics projection; {schema} is replaced by its name. Facts are kept with their
-- dates, and every statistic is a query over them as of a date, so figures are exact under any arrival order:
-- an engagement naming an actor whose registration has not arrived yet is attributed as soon as it does.
CREATE SCHEMA IF NOT EXISTS {schema};

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
    version          bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS {schema}.membership (
    actor_id   text NOT NULL,
    network_id text NOT NULL,
    since      date NOT NULL,
    until      date,
    PRIMARY KEY (actor_id, network_id, since)
);

-- One row per dated step of an engagement's life: agreements (proposed, signed, renewed, suspended,
-- reinstated, terminated, expired), missions (planned, completed, cancelled), conferences (held), statements
-- (issued). An agreement recorded as signed without a proposal date takes its signing date.
CREATE TABLE IF NOT EXISTS {schema}.step (
    engagement_id text   NOT NULL,
    type          text   NOT NULL,
    version       bigint NOT NULL,
    step          text   NOT NULL,
    on_date       date,
    PRIMARY KEY (engagement_id, version)
);

CREATE TABLE IF NOT EXISTS {schema}.engagement (
    id    text PRIMARY KEY,
    type  text NOT NULL,
    kind  text,
    title text
);

-- The actors taking part in an engagement, and how: party, leader, host, participant, issuer, subject.
CREATE TABLE IF NOT EXISTS {schema}.participant (
    engagement_id text NOT NULL,
    actor_id      text NOT NULL,
    role          text NOT NULL,
    PRIMARY KEY (engagement_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS participant_by_actor ON {schema}.participant (actor_id);

CREATE TABLE IF NOT EXISTS {schema}.field (
    engagement_id text NOT NULL,
    field         text NOT NULL,
    PRIMARY KEY (engagement_id, field)
);

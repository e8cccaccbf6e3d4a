-- The directory of actors, built from the actors topic: what this service knows of the actors engagements name.
CREATE TABLE directory_actor (
    id          text PRIMARY KEY,
    kind        text,
    name_en     text,
    country     text,
    subdivision text,
    retired     boolean     NOT NULL DEFAULT false,
    -- The stream version of the last actor event applied; an older event arriving late is ignored.
    version     bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_actor_by_place ON directory_actor (country, subdivision);

-- The read model of agreements, missions, conferences and statements, updated with each append.
CREATE TABLE engagement_view (
    id        text PRIMARY KEY,
    type      text   NOT NULL,
    kind      text,
    status    text,
    title     text,
    -- The engagement's main date: an agreement's signing (or proposal), a mission's or conference's start,
    -- a statement's issue.
    starts_on date,
    ends_on   date,
    -- Fields of cooperation as |culture|trade|, for a simple filter.
    fields    text   NOT NULL,
    version   bigint NOT NULL,
    document  jsonb  NOT NULL
);
CREATE INDEX engagement_view_by_type ON engagement_view (type, starts_on, id);

CREATE TABLE engagement_actor_view (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    engagement_id text NOT NULL REFERENCES engagement_view (id),
    actor_id      text NOT NULL,
    role          text NOT NULL
);
CREATE INDEX engagement_actor_by_actor ON engagement_actor_view (actor_id, engagement_id);
CREATE INDEX engagement_actor_by_engagement ON engagement_actor_view (engagement_id);

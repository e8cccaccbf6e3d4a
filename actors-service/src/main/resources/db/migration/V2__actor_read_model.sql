-- The actors' read model for lists and search, updated in the same transaction as each append.
CREATE TABLE actor_view (
    id                      text PRIMARY KEY,
    kind                    text    NOT NULL,
    name_en                 text    NOT NULL,
    -- Every name and alias, case and accents folded, for search in any language or spelling.
    search_text             text    NOT NULL,
    country                 text,
    subdivision             text,
    m49_region              text,
    m49_subregion           text,
    m49_intermediate_region text,
    parent_id               text,
    retired                 boolean NOT NULL,
    version                 bigint  NOT NULL,
    document                jsonb   NOT NULL
);
CREATE INDEX actor_view_by_country ON actor_view (country, subdivision);
CREATE INDEX actor_view_by_parent ON actor_view (parent_id);
CREATE INDEX actor_view_by_name ON actor_view (name_en, id);

CREATE TABLE actor_membership_view (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   text NOT NULL REFERENCES actor_view (id),
    network_id text NOT NULL,
    role       text,
    since      date NOT NULL,
    until      date
);
CREATE INDEX actor_membership_by_network ON actor_membership_view (network_id, actor_id);
CREATE INDEX actor_membership_by_actor ON actor_membership_view (actor_id);

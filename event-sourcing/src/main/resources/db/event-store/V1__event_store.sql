-- The event store: the source of truth of a write service, and its transactional outbox.
-- Kernel migrations own version 1.x; each service numbers its own from 2 on.
CREATE TABLE events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The writing transaction: the relay publishes in (tx_id, global_position) order and only below the
    -- oldest running transaction, so an event whose transaction commits late is never skipped.
    tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id(),
    stream_id       text        NOT NULL,
    stream_type     text        NOT NULL,
    stream_version  bigint      NOT NULL CHECK (stream_version > 0),
    event_id        uuid        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    schema_version  int         NOT NULL CHECK (schema_version > 0),
    payload         jsonb       NOT NULL,
    metadata        jsonb       NOT NULL DEFAULT '{}',
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);

CREATE INDEX events_publication_order ON events (tx_id, global_position);
CREATE INDEX events_by_type ON events (stream_type, global_position);

-- How far the outbox relay has published; one row per relay.
CREATE TABLE outbox_checkpoint (
    relay       text PRIMARY KEY,
    tx_id       xid8        NOT NULL,
    position    bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The first response to each Idempotency-Key, replayed when a client retries the same request.
CREATE TABLE idempotent_requests (
    idempotency_key text        NOT NULL,
    operation       text        NOT NULL,
    request_hash    text        NOT NULL,
    status          int         NOT NULL,
    location        text,
    etag            text,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idempotency_key, operation)
);

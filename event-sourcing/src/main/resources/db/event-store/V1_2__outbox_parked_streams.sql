-- Streams whose publication stopped because the broker refused one of their events for good (too large,
-- invalid): their events wait here, in order, while every other stream keeps flowing. An operator retries them.
CREATE TABLE outbox_parked_streams (
    stream_id          text        PRIMARY KEY,
    stream_type        text        NOT NULL,
    -- The stream's first event not yet published; everything from it on waits.
    from_version       bigint      NOT NULL,
    event_id           uuid        NOT NULL,
    reason             text        NOT NULL,
    parked_at          timestamptz NOT NULL DEFAULT now(),
    attempts           int         NOT NULL DEFAULT 1,
    retry_requested_at timestamptz
);

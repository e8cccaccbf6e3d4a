-- What a service's subscriptions to other services' topics have read: the next offset of each partition, kept
-- in the same transaction as the projection it feeds (a fresh database therefore reads from the beginning),
-- and the ids of the events already applied, so a redelivered event changes nothing.
CREATE TABLE subscription_offsets (
    subscription text        NOT NULL,
    topic        text        NOT NULL,
    partition    int         NOT NULL,
    next_offset  bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription, topic, partition)
);

CREATE TABLE processed_events (
    subscription text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription, event_id)
);

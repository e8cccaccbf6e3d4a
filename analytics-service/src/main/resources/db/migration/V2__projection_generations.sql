-- The statistics are computed from projection tables that live in a schema per generation (projection_1,
-- projection_2, ...). A rebuild fills a new generation from the beginning of the topics while the active one
-- keeps answering, then switches this pointer in one transaction.
CREATE TABLE projection_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    active     int         NOT NULL,
    switched_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO projection_generation (active) VALUES (1);

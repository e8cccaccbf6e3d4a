-- Idempotency-Keys belong to the caller: the bearer token's subject, or 'anonymous' without one. Two callers'
-- equal keys are different keys; rows recorded before sign-in existed are the anonymous caller's.
ALTER TABLE idempotent_requests ADD COLUMN principal_subject text NOT NULL DEFAULT 'anonymous';
ALTER TABLE idempotent_requests DROP CONSTRAINT idempotent_requests_pkey;
ALTER TABLE idempotent_requests ADD PRIMARY KEY (principal_subject, idempotency_key, operation);

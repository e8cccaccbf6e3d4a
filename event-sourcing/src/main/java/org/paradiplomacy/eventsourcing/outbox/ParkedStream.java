package org.paradiplomacy.eventsourcing.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stream whose publication waits because the broker refused one of its events for good. */
@Schema(name = "ParkedStream", description = "A stream whose publication waits: the broker refused one of its events"
        + " for good. Every other stream keeps flowing; its events wait, in order, until an operator retries it.")
public record ParkedStream(
        @Schema(description = "The stream", examples = "agreement-3f1c…") String streamId,
        @Schema(description = "The stream's type", examples = "agreement") String streamType,
        @Schema(description = "The stream's first event not yet published", examples = "3") long fromVersion,
        @Schema(description = "The id of that event") UUID eventId,
        @Schema(description = "Why the broker refused it, as the broker said",
                examples = "RecordTooLargeException: The message is 1572972 bytes when serialized …") String reason,
        Instant parkedAt,
        @Schema(description = "How many times publishing it failed", examples = "1") int attempts,
        @Schema(description = "When an operator asked to retry it; null when no retry is pending") Instant retryRequestedAt) {
}

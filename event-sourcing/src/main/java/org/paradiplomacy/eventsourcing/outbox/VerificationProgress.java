package org.paradiplomacy.eventsourcing.outbox;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a check of the topics against the event store stands, and what it found. */
@Schema(name = "PublicationVerification", description = "A comparison of the service's topics with its event store by"
        + " event id: missing, duplicated and out-of-order events per stream, and with repair, what was republished.")
public record VerificationProgress(
        @Schema(description = "idle, running, done or failed", examples = "done") String state,
        @Schema(description = "Whether missing events are republished") boolean repair,
        @Schema(description = "reading topics, reading the store, republishing, or finished", examples = "reading topics")
        String phase,
        @Schema(description = "Topic records read so far") long recordsRead,
        @Schema(description = "Topic records to read") long recordsTotal,
        @Schema(description = "Events of the store compared so far") long eventsChecked,
        @Schema(description = "Events of the store the relay has published (behind its checkpoint)") long eventsTotal,
        @Schema(description = "Published events that no topic holds") long missing,
        @Schema(description = "Extra copies of events on the topics (consumers skip them)") long duplicated,
        @Schema(description = "Events that arrived after a later event of their stream") long outOfOrder,
        @Schema(description = "Events not yet published: after the checkpoint") long pending,
        @Schema(description = "Events waiting in parked streams") long parked,
        @Schema(description = "Missing events republished") long republished,
        @Schema(description = "Missing events the broker refused when republished") long refused,
        @Schema(description = "Republishing rate, events per second") double eventsPerSecond,
        @Schema(description = "The streams that differ (at most 100)") List<StreamDiscrepancy> streams,
        Instant startedAt,
        Instant finishedAt,
        String error,
        @Schema(description = "The outcome in one line",
                examples = "66012 events checked: 0 missing, 0 duplicated, 0 out of order, 0 pending, 0 parked")
        String summary) {

    static final VerificationProgress IDLE = new VerificationProgress("idle", false, null, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, List.of(), null, null, null, null);
}

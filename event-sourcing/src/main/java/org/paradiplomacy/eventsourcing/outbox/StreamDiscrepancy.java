package org.paradiplomacy.eventsourcing.outbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one stream's events on Kafka differ from the event store. */
@Schema(name = "StreamDiscrepancy", description = "How one stream's published events differ from the event store.")
public record StreamDiscrepancy(
        String streamId,
        String streamType,
        @Schema(description = "Events in the store, behind the relay's checkpoint, that no topic holds") long missing,
        @Schema(description = "The first missing stream versions (at most 20)") List<Long> missingVersions,
        @Schema(description = "Extra copies of events on the topic") long duplicated,
        @Schema(description = "Events that arrived after a later event of the same stream") long outOfOrder) {
}

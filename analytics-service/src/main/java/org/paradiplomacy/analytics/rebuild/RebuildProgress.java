package org.paradiplomacy.analytics.rebuild;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a rebuild of the statistics stands. */
@Schema(name = "RebuildProgress", description = "Progress of a rebuild of the statistics from the beginning of the topics.")
public record RebuildProgress(
        @Schema(description = "idle, running, done or failed", examples = "running") String state,
        @Schema(description = "The generation being built (or last built)", examples = "2") int generation,
        @Schema(description = "The generation the statistics are served from", examples = "1") int activeGeneration,
        @Schema(description = "Events replayed so far") long eventsDone,
        @Schema(description = "Events still to replay, as last measured") long eventsLeft,
        @Schema(description = "Replay rate, events per second") double eventsPerSecond,
        @Schema(description = "Estimated seconds left") Long secondsLeft,
        Instant startedAt,
        Instant finishedAt,
        String error) {
}

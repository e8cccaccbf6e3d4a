package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many agreements in force cover a field of cooperation. */
@Schema(name = "FieldShare", description = "A field of cooperation among the agreements in force.")
public record FieldShare(
        @Schema(examples = "trade") String field,
        @Schema(description = "Agreements in force covering it") long agreements,
        @Schema(description = "Their share of all agreements in force, 0 to 1", examples = "0.42") double share,
        @Schema(description = "Relationships: distinct pairs of two actors (a merged actor as its survivor) parties"
                + " together to at least one agreement in force covering it") long relationships) {
}

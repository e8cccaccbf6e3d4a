package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** How active one actor has been. */
@Schema(name = "ActorActivity", description = "An actor and the engagements it took part in by the date.")
public record ActorActivity(
        String actorId,
        @Schema(examples = "Guangzhou") String name,
        @Schema(examples = "CN") String country,
        @Schema(examples = "CN-GD") String subdivision,
        @Schema(description = "Signed agreements, completed missions, conferences and statements it took part in") long engagements,
        @Schema(description = "Its latest such activity, its date as given (YYYY, YYYY-MM or YYYY-MM-DD)") PartialDate lastActivity) {
}

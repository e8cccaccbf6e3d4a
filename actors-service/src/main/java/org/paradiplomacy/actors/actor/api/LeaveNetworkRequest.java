package org.paradiplomacy.actors.actor.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaveNetworkRequest", description = "The day a membership ended.")
public record LeaveNetworkRequest(
        @Schema(description = "The day the membership ended; not before it began", required = true, examples = "2020-12-31") LocalDate until) {
}

package org.paradiplomacy.actors.actor.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.actors.actor.model.RetirementReason;

@Schema(name = "RetireActorRequest", description = "The actor stopped acting: merged into another actor, or dissolved. A retired actor no longer changes.")
public record RetireActorRequest(
        @Schema(description = "merged or dissolved", required = true, examples = "merged") RetirementReason reason,
        @Schema(description = "The actor it was merged into; required when merged", maxLength = ActorLimits.ID) String mergedInto,
        @Schema(description = "The day it took effect", required = true, examples = "2018-09-06") LocalDate effectiveOn) {
}

package org.paradiplomacy.actors.actor.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;

@Schema(name = "ChangeParentRequest", description = "The actor now belongs to another actor of its country, such as a city of Biobío that became part of Ñuble in 2018.")
public record ChangeParentRequest(
        @Schema(description = "The new parent's id", required = true, maxLength = ActorLimits.ID, examples = "2b6c1f3a-7d8e-4c5b-9a10-abcdef012345") String parentId,
        @Schema(description = "The day the change took effect", required = true, examples = "2018-09-06") LocalDate effectiveOn) {
}

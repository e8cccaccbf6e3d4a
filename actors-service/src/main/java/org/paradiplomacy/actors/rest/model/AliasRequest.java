package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.domain.ActorLimits;

@Schema(name = "AliasRequest", description = "Another spelling of the actor's name.")
public record AliasRequest(
        @Schema(required = true, maxLength = ActorLimits.NAME, description = "At most " + ActorLimits.NAME
                + " characters; an actor has at most " + ActorLimits.ALIASES + " aliases", examples = "Xian") String alias) {
}

package org.paradiplomacy.actors.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;

@Schema(name = "AliasRequest", description = "Another spelling of the actor's name.")
public record AliasRequest(
        @Schema(required = true, maxLength = ActorLimits.NAME, description = "At most " + ActorLimits.NAME
                + " characters; an actor has at most " + ActorLimits.ALIASES + " aliases", examples = "Xian") String alias) {
}

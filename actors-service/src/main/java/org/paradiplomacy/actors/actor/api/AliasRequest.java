package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "AliasRequest", description = "Another spelling of the actor's name.")
public record AliasRequest(
        @Schema(required = true, maxLength = ActorLimits.NAME, description = "At most " + ActorLimits.NAME
                + " characters; an actor has at most " + ActorLimits.ALIASES + " aliases", examples = "Xian") String alias,
        @Schema(description = "Where it comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

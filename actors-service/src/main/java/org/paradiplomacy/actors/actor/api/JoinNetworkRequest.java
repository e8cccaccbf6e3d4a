package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "JoinNetworkRequest", description = "The actor joins a network or forum (itself an actor of kind network or forum).")
public record JoinNetworkRequest(
        @Schema(description = "The network's or forum's id", required = true, maxLength = ActorLimits.ID, examples = "c40e0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b") String networkId,
        @Schema(description = "The member's role, if any", maxLength = ActorLimits.NAME, examples = "member") String role,
        @Schema(description = "When the membership began, as precisely as the source gives it: YYYY, YYYY-MM or"
                + " YYYY-MM-DD; not wholly in the future", required = true, examples = "2004-05") PartialDate since,
        @Schema(description = "Where the membership comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

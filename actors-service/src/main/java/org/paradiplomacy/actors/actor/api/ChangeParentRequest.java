package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "ChangeParentRequest", description = "The actor now belongs to another actor of its country, such as a city of Biobío that became part of Ñuble in 2018.")
public record ChangeParentRequest(
        @Schema(description = "The new parent's id", required = true, maxLength = ActorLimits.ID, examples = "2b6c1f3a-7d8e-4c5b-9a10-abcdef012345") String parentId,
        @Schema(description = "When the change took effect, as precisely as the source gives it: YYYY, YYYY-MM or"
                + " YYYY-MM-DD; not wholly in the future", required = true, examples = "2018-09-06") PartialDate effectiveOn,
        @Schema(description = "Where it comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

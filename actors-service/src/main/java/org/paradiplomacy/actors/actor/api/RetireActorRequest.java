package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.actors.actor.model.RetirementReason;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "RetireActorRequest", description = "The actor stopped acting: merged into another actor, or dissolved. A retired actor no longer changes.")
public record RetireActorRequest(
        @Schema(description = "merged or dissolved", required = true, examples = "merged") RetirementReason reason,
        @Schema(description = "The actor it was merged into; required when merged", maxLength = ActorLimits.ID) String mergedInto,
        @Schema(description = "When it took effect, as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD;"
                + " not wholly in the future", required = true, examples = "2018-09-06") PartialDate effectiveOn,
        @Schema(description = "Where the retirement comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

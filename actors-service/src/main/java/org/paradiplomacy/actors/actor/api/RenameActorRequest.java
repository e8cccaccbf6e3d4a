package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.application.NamesModel;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "RenameActorRequest", description = "A new name, in effect from a date; the state as of an earlier date keeps the old name.")
public record RenameActorRequest(
        @Schema(required = true) NamesModel names,
        @Schema(description = "When the new name took effect, as precisely as the source gives it: YYYY, YYYY-MM or"
                + " YYYY-MM-DD; not wholly in the future", required = true, examples = "2018-09-06") PartialDate effectiveOn,
        @Schema(description = "Where the new name comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

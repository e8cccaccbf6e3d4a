package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "LeaveNetworkRequest", description = "When a membership ended, and the sources that say so.")
public record LeaveNetworkRequest(
        @Schema(description = "When the membership ended, as precisely as the source gives it: YYYY, YYYY-MM or"
                + " YYYY-MM-DD; not wholly before it began (2019 may follow 2019-03-05), not wholly in the future",
                required = true, examples = "2020-12") PartialDate until,
        @Schema(description = "Where the end of the membership comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

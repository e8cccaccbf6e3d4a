package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.application.CoordinatesModel;
import org.paradiplomacy.actors.actor.application.NamesModel;
import org.paradiplomacy.actors.actor.application.OfficeModel;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "CorrectActorRequest", description = "The corrected details of an actor's record: they replace the current ones and hold at every date (use a renaming for a name that changed in the world). A correction that changes nothing is recorded only if it brings a source the actor lacks.")
public record CorrectActorRequest(
        @Schema(required = true) NamesModel names,
        @Schema(description = "ISO 3166-1 alpha-2 country code", maxLength = ActorLimits.COUNTRY, examples = "CL") String country,
        @Schema(description = "ISO 3166-2 subdivision code", maxLength = ActorLimits.SUBDIVISION, examples = "CL-BI") String subdivision,
        CoordinatesModel coordinates,
        Long population,
        @Schema(description = "An http or https address", maxLength = ActorLimits.URL, examples = "https://www.concepcion.cl") String website,
        OfficeModel foreignAffairsOffice,
        @Schema(description = "Where the corrected details come from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

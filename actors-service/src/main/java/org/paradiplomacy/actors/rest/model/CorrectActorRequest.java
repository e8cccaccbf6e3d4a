package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectActorRequest", description = "The corrected details of an actor's record: they replace the current ones and hold at every date (use a renaming for a name that changed in the world).")
public record CorrectActorRequest(
        @Schema(required = true) NamesModel names,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "CL") String country,
        @Schema(description = "ISO 3166-2 subdivision code", examples = "CL-BI") String subdivision,
        CoordinatesModel coordinates,
        Long population,
        String website,
        OfficeModel foreignAffairsOffice) {
}

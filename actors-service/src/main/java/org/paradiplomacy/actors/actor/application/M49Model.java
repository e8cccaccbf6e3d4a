package org.paradiplomacy.actors.actor.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Place;

@Schema(name = "M49Placement", description = "The UN M49 areas of the actor's country. Mexico is in Central America (013), within Latin America and the Caribbean (419).")
public record M49Model(
        @Schema(description = "M49 region", examples = "019") String region,
        @Schema(description = "M49 sub-region", examples = "419") String subregion,
        @Schema(description = "M49 intermediate region, where the country has one", examples = "013") String intermediateRegion) {

    /** The M49 areas of a place; none for a place without a country. */
    public static M49Model of(Place place) {
        return place.m49Region() == null ? null
                : new M49Model(place.m49Region(), place.m49Subregion(), place.m49IntermediateRegion());
    }
}

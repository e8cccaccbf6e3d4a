package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "M49Placement", description = "The UN M49 areas of the actor's country. Mexico is in Central America (013), within Latin America and the Caribbean (419).")
public record M49Model(
        @Schema(description = "M49 region", examples = "019") String region,
        @Schema(description = "M49 sub-region", examples = "419") String subregion,
        @Schema(description = "M49 intermediate region, where the country has one", examples = "013") String intermediateRegion) {
}

package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coordinates", description = "WGS 84 position in decimal degrees.")
public record CoordinatesModel(
        @Schema(description = "Latitude, -90 to 90", examples = "30.5928") double latitude,
        @Schema(description = "Longitude, -180 to 180", examples = "114.3055") double longitude) {
}

package org.paradiplomacy.actors.actor.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Coordinates;

@Schema(name = "Coordinates", description = "WGS 84 position in decimal degrees.")
public record CoordinatesModel(
        @Schema(description = "Latitude, -90 to 90", examples = "30.5928") double latitude,
        @Schema(description = "Longitude, -180 to 180", examples = "114.3055") double longitude) {

    public static CoordinatesModel of(Coordinates coordinates) {
        return coordinates == null ? null : new CoordinatesModel(coordinates.latitude(), coordinates.longitude());
    }

    public Coordinates toDomain() {
        return new Coordinates(latitude, longitude);
    }
}

package org.paradiplomacy.actors.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.paradiplomacy.actors.actor.model.Coordinates;
import org.paradiplomacy.actors.actor.model.RegionLocator.Region;

/** Point in polygon over the test boundaries: boxes around Hubei, Hainan (two parts), Biobío and Neuquén (a hole). */
class BoundariesTest {

    static final Boundaries FIXTURE = new Boundaries("/boundaries/admin1-fixture.geojson");

    @Test
    void findsTheRegionThatContainsAPoint() {
        assertThat(FIXTURE.size()).isEqualTo(4);
        assertThat(FIXTURE.locate(new Coordinates(30.5928, 114.3055))).contains(new Region("CN-HB", "CN"));
        assertThat(FIXTURE.locate(new Coordinates(-36.8201, -73.0444))).contains(new Region("CL-BI", "CL"));
        assertThat(FIXTURE.locate(new Coordinates(16.5, 112.3))).contains(new Region("CN-HI", "CN"));
    }

    @Test
    void aPointOutsideEveryPolygonOrInAHoleIsInNone() {
        assertThat(FIXTURE.locate(new Coordinates(0, -30))).isEmpty();
        assertThat(FIXTURE.locate(new Coordinates(-39.5, -70.0))).isEmpty();
        // Inside Hainan's bounding box as a whole, but in neither of its parts.
        assertThat(FIXTURE.locate(new Coordinates(17.8, 110.0))).isEmpty();
    }

    @Test
    void aPointJustOffshoreBelongsToTheNearestRegionWithinFiveKilometres() {
        // Hubei's east edge is at 116.1°E; at 31°N a hundredth of a degree of longitude is about 0.95 km.
        assertThat(FIXTURE.locate(new Coordinates(31, 116.14))).contains(new Region("CN-HB", "CN"));
        assertThat(FIXTURE.locate(new Coordinates(31, 116.16))).isEmpty();
        assertThat(Boundaries.kilometres(new Coordinate(116.1, 31),
                new Coordinate(116.14, 31))).isBetween(3.7, 3.9);
    }

    @Test
    void aMissingFilePlacesNothing() {
        Boundaries none = new Boundaries("/boundaries/none.geojson.gz");
        assertThat(none.locate(new Coordinates(30.5928, 114.3055))).isEmpty();
        assertThat(none.size()).isZero();
    }
}

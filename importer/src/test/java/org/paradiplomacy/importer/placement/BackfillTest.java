package org.paradiplomacy.importer.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.fake.FakeObservatory;

/** The placement backfill against actors-service faked in memory: what it asks, and what it reports. */
class BackfillTest {

    private FakeObservatory services;

    @BeforeEach
    void start() throws Exception {
        services = new FakeObservatory();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private String city(String name, String subdivision, Double latitude, Double longitude) {
        ObjectNode body = ObservatoryClient.json().createObjectNode().put("kind", "city").put("country", "CN");
        body.putObject("names").put("en", name);
        if (subdivision != null) {
            body.put("subdivision", subdivision);
        }
        if (latitude != null) {
            body.putObject("coordinates").put("latitude", latitude).put("longitude", longitude);
        }
        return services.add(body);
    }

    private BackfillSummary backfill() {
        return new Backfill(new ObservatoryClient(services.url(), services.url(), services.credentials()), 4,
                new PrintStream(new ByteArrayOutputStream()), false).run();
    }

    @Test
    void placesEveryUnplacedActorAndSaysWhyTheOthersStayUnplaced() {
        String wuhan = city("Wuhan", null, 30.59, 114.31);
        String offshore = city("Offshore", null, 30.0, 125.0);
        String gone = city("Withdrawn", null, 31.0, 121.0);
        city("Chengdu", "CN-SC", 30.66, 104.07);
        city("Nowhere", null, null, null);
        services.placements.put(wuhan, "CN-HB");
        services.placements.put(offshore, "422 the point is in no subdivision of CN");
        services.placements.put(gone, "409 the actor was withdrawn");

        BackfillSummary summary = backfill();

        assertThat(services.posts("/api/v1/actors/.*/placement")).extracting(p -> p.path().split("/")[4])
                .containsExactlyInAnyOrder(wuhan, offshore, gone);
        assertThat(summary.placed()).isEqualTo(1);
        assertThat(summary.text()).isEqualTo("""
                Placement by coordinates: 3 actors listed without a subdivision, in %.1f s
                  placed: 1
                  left unplaced: 1
                    the point is in no subdivision of CN (1):
                      Offshore (CN, %s)
                  failed: 1
                    Withdrawn (CN, %s): the actor was withdrawn
                """.formatted(summary.seconds(), offshore, gone));
        assertThat(services.actors()).filteredOn(a -> a.path("id").asText().equals(wuhan))
                .singleElement().satisfies(a -> assertThat(a.path("subdivision").asText()).isEqualTo("CN-HB"));
    }

    @Test
    void listsEveryPageBeforePlacingSoThatPlacedActorsLeavingTheListSkipNone() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            String id = city("City " + i, null, 30.0, 114.0);
            services.placements.put(id, "CN-HB");
            ids.add(id);
        }

        BackfillSummary summary = backfill();

        assertThat(summary.placed()).isEqualTo(450);
        assertThat(services.posts("/api/v1/actors/.*/placement")).extracting(p -> p.path().split("/")[4])
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(backfill().outcomes()).isEmpty();
    }
}

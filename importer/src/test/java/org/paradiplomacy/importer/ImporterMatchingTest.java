package org.paradiplomacy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.fake.FakeObservatory;

/**
 * One place, one actor: a registration actors-service refuses as a likely duplicate takes the actor it names
 * (here one registered by another client after the import read the actors, which only the service can see).
 */
class ImporterMatchingTest {

    @TempDir
    Path dir;

    private FakeObservatory services;

    @BeforeEach
    void start() throws Exception {
        services = new FakeObservatory();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private ImportSummary importList(String rows) throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, rows, StandardCharsets.UTF_8);
        return new Importer(new ObservatoryClient(services.url(), services.url(),
                services.credentials()), 2, LocalDate.of(2026, 11, 1),
                new PrintStream(new ByteArrayOutputStream()), false).run(list);
    }

    private static ObjectNode city(String name, String country, String subdivision) {
        ObjectNode body = ObservatoryClient.json().createObjectNode().put("kind", "city").put("country", country);
        body.putObject("names").put("en", name);
        if (subdivision != null) {
            body.put("subdivision", subdivision);
        }
        return body;
    }

    @Test
    void aPlaceActorsServiceAlreadyHoldsIsThatActorAndASecondRunCreatesNothing() throws Exception {
        String wuhan = services.seed(city("Wuhan", "CN", "CN-HB"));
        String rows = """
                city1,country1,lat1,lng1,city2,country2,lat2,lng2
                Wuhan,China,30.59,114.31,Concepción,Chile,-36.83,-73.05
                """;

        ImportSummary first = importList(rows);

        assertThat(first.actorsCreated()).isEqualTo(1);
        assertThat(first.matchedExisting()).isEqualTo(1);
        assertThat(first.text()).contains("  matched existing actors: 1 ");
        assertThat(first.rejected()).isEmpty();
        assertThat(services.actors()).extracting(a -> a.path("names").path("en").asText()).containsExactly("Concepción");
        JsonNode link = services.posts("/api/v1/agreements").getFirst().body();
        assertThat(link.path("parties").toString()).contains(wuhan);

        int writes = services.posts.size();
        ImportSummary second = importList(rows);

        assertThat(second.actorsCreated()).isZero();
        assertThat(second.linksCreated()).isZero();
        assertThat(second.linksAlreadyRecorded()).isEqualTo(1);
        assertThat(services.actors()).hasSize(1);
        assertThat(services.posts("/api/v1/agreements")).hasSize(1);
        assertThat(services.posts.size() - writes).isEqualTo(1); // Wuhan asked again, refused again, nothing made
    }

    @Test
    void ofSeveralCandidatesTheOneInTheRowsSubdivisionIsTheActor() throws Exception {
        services.seed(city("Suzhou", "CN", "CN-AH"));
        String jiangsu = services.seed(city("Suzhou", "CN", "CN-JS"));
        services.seed(city("Suzhou", "CN", null));

        ImportSummary summary = importList("""
                name1,country1,subdivision1,name2,country2
                Suzhou,CN,CN-JS,Valparaíso,CL
                """);

        assertThat(summary.matchedExisting()).isEqualTo(1);
        assertThat(summary.rejected()).isEmpty();
        assertThat(services.posts("/api/v1/agreements").getFirst().body().path("parties").toString()).contains(jiangsu);
    }

    @Test
    void severalCandidatesAndNothingToChooseLeaveTheRowRejected() throws Exception {
        String anhui = services.seed(city("Suzhou", "CN", "CN-AH"));
        String jiangsu = services.seed(city("Suzhou", "CN", "CN-JS"));

        ImportSummary summary = importList("""
                city1,country1,lat1,lng1,city2,country2,lat2,lng2
                Suzhou,China,31.30,120.62,Valparaíso,Chile,-33.05,-71.62
                """);

        assertThat(summary.matchedExisting()).isZero();
        assertThat(summary.linksCreated()).isZero();
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("'Suzhou' is ambiguous: actors-service holds 2 actors it may be")
                    .contains(anhui, jiangsu).endsWith("name its subdivision to choose");
        });
        assertThat(services.posts("/api/v1/agreements")).isEmpty();
    }
}

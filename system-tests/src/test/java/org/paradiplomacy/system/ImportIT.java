package org.paradiplomacy.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.ImportSummary;
import org.paradiplomacy.importer.Importer;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.source.ParsedRow.Rejected;

/**
 * A list of sister cities imported into the running Observatory through its APIs: spellings of one place become
 * one actor, a plain name goes to the namesake its coordinates point at, A–B and B–A are one link, bad rows are
 * rejected with their line, every link cites the line it comes from, a second import changes nothing, and
 * the country pairs analytics-service counts equal a recount of what agreements-service and actors-service hold.
 */
class ImportIT {

    private static Observatory observatory;

    @BeforeAll
    static void startTheObservatory() {
        observatory = Observatory.start("import_it");
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
    }

    private static ImportSummary importSample() throws Exception {
        ObservatoryClient client = observatory.loaderClient();
        return new Importer(client, 4, LocalDate.of(2026, 11, 1), System.err, false).run(sample());
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ImportIT.class.getResource("/twin-cities-sample.csv").toURI());
    }

    @Test
    void aListImportedTwiceIsRecordedOnceAndTheCountryPairsAgree() throws Exception {
        ImportSummary first = importSample();

        assertThat(first).extracting(ImportSummary::format, ImportSummary::rows, ImportSummary::actorsCreated,
                ImportSummary::actorsMatched, ImportSummary::linksCreated, ImportSummary::linksAlreadyRecorded,
                ImportSummary::duplicateRows).containsExactly("twin-cities", 16L, 12L, 0L, 9L, 0L, 1L);
        assertThat(first.rejected()).extracting(Rejected::line, Rejected::reason).containsExactly(
                tuple(12L, "country1 'Kosovo' has no ISO 3166-1 code (XK is a user-assigned code the catalogue does not include)"),
                tuple(13L, "country1 'Northern Cyprus' is not recognised in ISO 3166-1 (the Turkish Republic of Northern Cyprus has no code)"),
                tuple(14L, "both sides name the same place, Lima (PE)"),
                tuple(15L, "city1 is empty"),
                tuple(16L, "expected 4 or 8 columns (city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]), found 7"),
                tuple(17L, "place 1: 'Suzhou' in CN is ambiguous: there are places of that name in CN-AH, CN-JS;"
                        + " name its subdivision, as in \"Suzhou, CN-AH\""));

        // Every link cites the file and line it was imported from.
        given().baseUri(observatory.agreements().url()).queryParam("size", 200).when().get("/api/v1/agreements").then()
                .body("items.sourced", everyItem(equalTo(true)))
                .body("items.sources.flatten().title", everyItem(matchesPattern("twin-cities-sample\\.csv, line \\d+")));
        given().baseUri(observatory.actors().url()).queryParam("q", "xian").when().get("/api/v1/actors").then()
                .body("total", equalTo(1))
                .body("items[0].names.en", equalTo("Xi'an"))
                .body("items[0].aliases", contains("Xian"));
        given().baseUri(observatory.actors().url()).queryParam("q", "suzhou").when().get("/api/v1/actors").then()
                .body("items.subdivision", containsInAnyOrder("CN-JS", "CN-AH"));

        ImportSummary second = importSample();
        assertThat(second).extracting(ImportSummary::actorsCreated, ImportSummary::actorsMatched,
                ImportSummary::linksCreated, ImportSummary::linksAlreadyRecorded, ImportSummary::duplicateRows)
                .containsExactly(0L, 12L, 0L, 9L, 1L);
        assertThat(second.rejected()).hasSameSizeAs(first.rejected());

        Map<String, Integer> recount = recountCountryPairs();
        assertThat(recount).containsExactlyInAnyOrderEntriesOf(
                Map.of("CL|CN", 1, "AR|CN", 2, "CN|PE", 3, "AR|RU", 2, "AR|GB", 1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(countryPairs()).isEqualTo(recount));
    }

    /** Agreements by the countries of their parties, from agreements-service's list and actors-service's records. */
    private static Map<String, Integer> recountCountryPairs() {
        Map<String, String> countryOf = new HashMap<>();
        Map<String, Integer> pairs = new TreeMap<>();
        List<List<String>> agreements = given().baseUri(observatory.agreements().url()).queryParam("size", 200)
                .when().get("/api/v1/agreements").then().extract().path("items.parties");
        for (List<String> parties : agreements) {
            List<String> countries = parties.stream().map(id -> countryOf.computeIfAbsent(id, actor -> given()
                    .baseUri(observatory.actors().url()).when().get("/api/v1/actors/" + actor).then().extract()
                    .<String>path("country"))).sorted().toList();
            pairs.merge(String.join("|", countries), 1, Integer::sum);
        }
        return pairs;
    }

    private static Map<String, Integer> countryPairs() {
        Map<String, Integer> pairs = new TreeMap<>();
        List<Map<String, Object>> rows = given().baseUri(observatory.analytics().url()).when()
                .get("/api/v1/stats/country-pairs").then().statusCode(200).extract().path("$");
        rows.forEach(row -> pairs.put(row.get("country") + "|" + row.get("otherCountry"), (Integer) row.get("agreements")));
        return pairs;
    }

}

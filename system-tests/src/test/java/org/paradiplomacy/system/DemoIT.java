package org.paradiplomacy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.demo.DemoLoader;
import org.paradiplomacy.importer.demo.EngagementList;
import org.paradiplomacy.importer.demo.Gazetteer;
import org.paradiplomacy.importer.demo.LoadSummary;
import org.paradiplomacy.importer.demo.LoadSummary.Count;
import org.paradiplomacy.importer.demo.Refused;

/**
 * The demo data as {@code ./observatory start} loads it, twice, into a fresh Observatory: the hand-made demo and the
 * sourced lists of ../shared/data. The second load creates nothing; every engagement names its source; a date
 * known to the year stays a year; planned missions are not completed; the statistics count the real missions,
 * conferences and statements of each region, and the records behind a figure name their sources.
 */
class DemoIT {

    private static final Path ROOT = Path.of(System.getProperty("observatory.root", ".."));
    private static final Path LISTS = ROOT.resolve("../shared/data");
    private static final Pattern ROW = Pattern.compile("^china_lac_engagements\\.csv, line (\\d+)$");

    private static Observatory observatory;
    private static LoadSummary first;
    private static LoadSummary second;
    private final JsonApi api = new JsonApi();

    @BeforeAll
    static void startTheObservatoryAndLoadTheDemoTwice() throws Exception {
        observatory = Observatory.start("demo_it");
        first = load();
        second = load();
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
    }

    private static LoadSummary load() throws Exception {
        ObservatoryClient client = observatory.loaderClient();
        return new DemoLoader(client, LocalDate.of(2026, 12, 1), System.err).run(new DemoLoader.Files(
                ROOT.resolve("deploy/local/demo/actors.json"), ROOT.resolve("deploy/local/demo/engagements.json"),
                LISTS.resolve("china_lac_engagements.csv"), LISTS.resolve("network_memberships.csv")));
    }

    @Test
    void aSecondLoadCreatesNothingAndOnlyWhatTheListsCannotSayIsRefused() {
        assertThat(first.count("agreements")).isEqualTo(new Count(12 + 21, 0, 0));
        assertThat(first.count("missions")).isEqualTo(new Count(19, 0, 0));
        assertThat(first.count("conferences")).isEqualTo(new Count(7, 0, 11));
        assertThat(first.count("statements")).isEqualTo(new Count(13, 0, 8));
        assertThat(first.count("memberships")).isEqualTo(new Count(1 + 54, 0, 3));
        assertThat(first.count("actors").refused()).isZero();
        assertThat(first.refused()).extracting(Refused::reason)
                .noneMatch(reason -> reason.contains("-service refused"));

        assertThat(second.created()).isZero();
        assertThat(second.count("agreements")).isEqualTo(new Count(0, 33, 0));
        assertThat(second.count("missions")).isEqualTo(new Count(0, 19, 0));
        assertThat(second.count("memberships")).isEqualTo(new Count(0, 55, 3));
        assertThat(second.refused()).hasSameSizeAs(first.refused());
        assertThat(total("/api/v1/agreements")).isEqualTo(33);
        assertThat(total("/api/v1/statements")).isEqualTo(13);
    }

    @Test
    void everyEngagementNamesItsSourceAndKeepsThePrecisionOfItsDate() throws Exception {
        Map<Long, String> urls = rowUrls();
        for (String path : List.of("/api/v1/agreements", "/api/v1/missions", "/api/v1/conferences", "/api/v1/statements")) {
            for (JsonNode record : items(path)) {
                assertThat(record.path("sourced").asBoolean()).as(path + " " + record.path("id")).isTrue();
                Long line = line(record);
                if (line != null) {
                    assertThat(sourceUrls(record)).as(path + " of line " + line).contains(urls.get(line));
                }
            }
        }
        assertThat(byLine("/api/v1/agreements")).hasSize(21);
        JsonNode hubeiBiobio = byLine("/api/v1/agreements").get(2L);
        assertThat(hubeiBiobio.path("signedOn").asText()).isEqualTo("2019");
        assertThat(hubeiBiobio.path("status").asText()).isEqualTo("signed");
        assertThat(byLine("/api/v1/agreements").get(24L).path("signedOn").asText()).isEqualTo("2023-11");
        assertThat(byLine("/api/v1/statements").get(75L).path("issuedOn").asText()).isEqualTo("2020");
    }

    @Test
    void plannedAndScheduledMissionsAreNotCompleted() {
        Map<Long, JsonNode> missions = byLine("/api/v1/missions");
        for (long planned : List.of(6L, 7L, 13L)) {
            assertThat(missions.get(planned).path("status").asText()).as("line " + planned).isEqualTo("planned");
            assertThat(missions.get(planned).path("completedOn").isMissingNode()
                    || missions.get(planned).path("completedOn").isNull()).isTrue();
        }
        assertThat(missions.get(3L).path("status").asText()).isEqualTo("completed");
        assertThat(missions.get(3L).path("completedOn").asText()).isEqualTo("2019");
        assertThat(missions.values()).filteredOn(m -> m.path("status").asText().equals("completed")).hasSize(16);
    }

    @Test
    void theStatisticsCountTheRealMissionsConferencesAndStatementsByRegion() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, JsonNode> regions = new HashMap<>();
            api.get(observatory.analytics().url() + "/api/v1/stats/regions?level=subdivision")
                    .forEach(region -> regions.put(region.path("region").asText(), region));
            // Hubei led the two completed delegations of its 2019 tour and hosted two conferences (2017, 2018).
            assertThat(regions.get("CN-HB").path("missionsLed").asLong()).isEqualTo(2);
            assertThat(regions.get("CN-HB").path("conferences").asLong()).isEqualTo(2);
            // Sichuan's donations and the messages of its sister provinces, Chengdu's and Dujiangyan's masks.
            assertThat(regions.get("CN-SC").path("statements").asLong()).isEqualTo(9);
            assertThat(regions.get("AR-B").path("missionsHosted").asLong()).isEqualTo(3);
            // Tlaxcala's two missions and the Guangdong delegation to Rocha were only scheduled.
            assertThat(regions.get("MX-TLA").path("missionsLed").asLong()).isZero();
            assertThat(regions.get("UY-RO").path("missionsHosted").asLong()).isZero();
        });
        // The records behind a figure name their sources: Hubei's two missions led cite the provincial news.
        JsonNode led = api.get(observatory.analytics().url()
                + "/api/v1/stats/records?region=CN-HB&type=mission&status=completed&role=leader");
        assertThat(led.path("total").asLong()).isEqualTo(2);
        led.path("items").forEach(mission -> assertThat(sourceUrls(mission))
                .contains("https://hb.cri.cn/2019-05-09/3aafcc8c-679c-cb83-f378-5f8b4f203fd9.html"));
        JsonNode all = api.get(observatory.analytics().url() + "/api/v1/stats/records?size=500");
        assertThat(all.path("total").asLong()).isEqualTo(33 + 19 + 7 + 13);
        all.path("items").forEach(record -> assertThat(record.path("sourced").asBoolean()).as(record.path("title")
                .asText()).isTrue());
    }

    /** The engagements of the list by the line they come from, which their own source names. */
    private Map<Long, JsonNode> byLine(String path) {
        Map<Long, JsonNode> records = new HashMap<>();
        for (JsonNode record : items(path)) {
            Long line = line(record);
            if (line != null) {
                records.put(line, record);
            }
        }
        return records;
    }

    private static Long line(JsonNode record) {
        for (JsonNode source : record.path("sources")) {
            Matcher row = ROW.matcher(source.path("title").asText());
            if (row.matches()) {
                return Long.parseLong(row.group(1));
            }
        }
        return null;
    }

    private static Set<String> sourceUrls(JsonNode record) {
        Set<String> urls = new HashSet<>();
        record.path("sources").forEach(source -> urls.add(source.path("url").asText()));
        return urls;
    }

    /** Each recorded line of the list and the URL of its source, as the loader reads the list. */
    private static Map<Long, String> rowUrls() throws Exception {
        ObservatoryClient client = observatory.loaderClient();
        Map<Long, String> urls = new HashMap<>();
        EngagementList.read(LISTS.resolve("china_lac_engagements.csv"), new Gazetteer(client.countries(),
                client.subdivisions())).recordings().forEach(r -> urls.put(r.row().line(), r.row().sourceUrl()));
        return urls;
    }

    private List<JsonNode> items(String path) {
        List<JsonNode> items = new ArrayList<>();
        api.get(observatory.agreements().url() + path + "?size=200").path("items").forEach(items::add);
        return items;
    }

    private int total(String path) {
        return api.get(observatory.agreements().url() + path + "?size=200").path("total").asInt();
    }
}

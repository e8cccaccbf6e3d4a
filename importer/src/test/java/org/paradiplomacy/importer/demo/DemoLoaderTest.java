package org.paradiplomacy.importer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.Reference;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.fake.FakeObservatory;
import org.paradiplomacy.importer.fake.FakeObservatory.Post;
import org.paradiplomacy.importer.demo.LoadSummary.Count;

/** What the loader sends, against services faked in memory: the requests, their sources, and what a rerun does. */
class DemoLoaderTest {

    private static final Path DEMO = Path.of("../deploy/local/demo");
    private static final Path LISTS = Path.of("../../shared/data");

    private FakeObservatory services;

    @BeforeEach
    void start() throws Exception {
        services = new FakeObservatory();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private LoadSummary load() throws Exception {
        ObservatoryClient client = new ObservatoryClient(services.url(), services.url(), services.credentials());
        return new DemoLoader(client, LocalDate.of(2026, 12, 1), new PrintStream(new ByteArrayOutputStream()))
                .run(new DemoLoader.Files(DEMO.resolve("actors.json"), DEMO.resolve("engagements.json"),
                        LISTS.resolve("china_lac_engagements.csv"), LISTS.resolve("network_memberships.csv")));
    }

    @Test
    void everyRecordCitesItsRowAndTheList() throws Exception {
        LoadSummary summary = load();

        assertThat(summary.count("agreements")).isEqualTo(new Count(33, 0, 0));
        assertThat(summary.count("missions")).isEqualTo(new Count(19, 0, 0));
        assertThat(summary.count("conferences")).isEqualTo(new Count(7, 0, 11));
        assertThat(summary.count("statements")).isEqualTo(new Count(13, 0, 8));
        assertThat(summary.count("memberships")).isEqualTo(new Count(55, 0, 3));
        assertThat(summary.count("actors").refused()).isZero();
        Map<Long, String> urls = EngagementList.read(LISTS.resolve("china_lac_engagements.csv"), Reference.gazetteer())
                .recordings().stream().collect(Collectors.toMap(r -> r.row().line(), r -> r.row().sourceUrl()));
        List<Post> real = services.posts("/api/v1/(agreements|missions|conferences|statements)").stream()
                .filter(p -> p.key().startsWith("real-")).toList();
        assertThat(real).hasSize(60);
        for (Post post : real) {
            JsonNode sources = post.body().path("sources");
            long line = Long.parseLong(sources.get(1).path("title").asText().replace("china_lac_engagements.csv, line ", ""));
            assertThat(sources.get(0).path("url").asText()).isEqualTo(urls.get(line));
            assertThat(sources.get(1).path("excerpt").asText()).startsWith("china_lac_engagements.csv: 79 engagements");
        }
        assertThat(services.posts("/api/v1/(agreements|missions|conferences|statements)"))
                .allMatch(p -> p.body().path("sources").size() == 2);
        assertThat(services.posts("/api/v1/actors")).allMatch(p -> p.body().path("sources").size() == 2);
    }

    @Test
    void datesKeepTheirPrecisionAndPlannedMissionsAreNotCompleted() throws Exception {
        load();
        JsonNode hubeiBiobio = services.posts("/api/v1/agreements").stream()
                .filter(p -> p.body().path("title").asText().equals("Sister cities: Hubei (CN-HB) – Biobío (CL-BI)"))
                .findFirst().orElseThrow().body();
        assertThat(hubeiBiobio.path("signed").path("signedOn").asText()).isEqualTo("2019");
        assertThat(hubeiBiobio.path("parties")).hasSize(2);
        assertThat(services.posts("/api/v1/missions/.*/completion")).hasSize(16)
                .allMatch(p -> p.key().endsWith("-completion"));
        assertThat(services.posts("/api/v1/missions").stream().filter(p -> p.body().path("startsOn").asText()
                .equals("2017-03-29"))).singleElement().satisfies(tlaxcala -> assertThat(services
                        .posts("/api/v1/missions/.*/completion")).noneMatch(c -> c.key().equals(tlaxcala.key() + "-completion")));
        JsonNode before = services.posts("/api/v1/actors/.*/memberships").stream()
                .filter(p -> p.body().path("sources").get(1).path("title").asText().startsWith("network_memberships.csv, line 3 "))
                .findFirst().orElseThrow().body();
        assertThat(before.path("since").asText()).isEqualTo("2014-06-09");
        assertThat(before.path("sources").get(1).path("title").asText()).contains("joined: before 2014-06-09");
    }

    @Test
    void aSecondLoadCreatesNothing() throws Exception {
        load();
        int writes = services.posts.size();

        LoadSummary again = load();

        assertThat(again.created()).isZero();
        assertThat(again.count("agreements")).isEqualTo(new Count(0, 33, 0));
        assertThat(again.count("memberships")).isEqualTo(new Count(0, 55, 3));
        assertThat(again.count("actors")).extracting(Count::created, Count::refused).containsExactly(0, 0);
        assertThat(services.posts.size() - writes).isLessThanOrEqualTo(writes);
    }

    @Test
    void anActorActorsServiceAlreadyHoldsIsUsedInsteadOfANewOne() throws Exception {
        int created = load().count("actors").created();
        JsonNode hubeiBody = services.posts("/api/v1/actors").stream().filter(p -> p.key().equals("demo-actor-hubei"))
                .findFirst().orElseThrow().body();
        JsonNode listedBody = services.posts("/api/v1/actors").stream().filter(p -> p.key().startsWith("real-actor-"))
                .findFirst().orElseThrow().body();
        services.close();
        services = new FakeObservatory();
        // Registered by another client: not in the listing the loader reads, but actors-service knows them.
        String hubei = services.seed((ObjectNode) hubeiBody);
        String listed = services.seed((ObjectNode) listedBody);

        LoadSummary summary = load();

        // Hubei twice: the demo's actor, and the party the engagements list names (found by the listing before).
        assertThat(summary.matchedExisting()).isEqualTo(3);
        assertThat(summary.text()).contains("  matched existing actors: 3\n");
        assertThat(summary.count("actors")).extracting(Count::created, Count::refused).containsExactly(created - 2, 0);
        assertThat(services.posts("/api/v1/(agreements|missions|conferences|statements)|/api/v1/actors/.*/memberships"))
                .filteredOn(p -> p.body().toString().contains(hubei)).isNotEmpty();
        assertThat(services.posts("/api/v1/(agreements|missions|conferences|statements)|/api/v1/actors/.*/memberships"))
                .filteredOn(p -> p.body().toString().contains(listed)).isNotEmpty();
        assertThat(summary.count("agreements")).isEqualTo(new Count(33, 0, 0));
    }

    @Test
    void aStackLoadedBeforeRecordsHadSourcesReplaysTheDemoInsteadOfRecordingItTwice() throws Exception {
        services.legacy = true;
        load();

        LoadSummary again = load();

        assertThat(again.created()).isZero();
        assertThat(again.count("actors").replayed()).isGreaterThanOrEqualTo(45);
        assertThat(again.count("agreements")).isEqualTo(new Count(0, 33, 0));
        assertThat(again.notes()).contains("actor 'hubei': recorded by an earlier loader without sources, kept as it is");
    }
}

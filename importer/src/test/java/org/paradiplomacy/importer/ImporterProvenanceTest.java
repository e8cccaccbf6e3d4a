package org.paradiplomacy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.fake.FakeObservatory;

/** Each record an import creates cites the file, its line and the list's licence line. */
class ImporterProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void linksAndActorsCiteTheirLineAndTheListsLicence() throws Exception {
        Path list = dir.resolve("twin_cities_sample.csv");
        Files.writeString(list, """
                city1,country1,lat1,lng1,city2,country2,lat2,lng2
                Wuhan,China,30.59,114.31,Concepción,Chile,-36.83,-73.05
                Xi'an,China,34.34,108.94,Lima,Peru,-12.05,-77.04
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("twin_cities.LICENSE"), "MIT License\n\nCopyright (c) 2026 Erik Hekman\n\nPermission...\n");
        try (FakeObservatory services = new FakeObservatory()) {
            new Importer(new ObservatoryClient(services.url(), services.url(),
                    services.credentials()), 2, LocalDate.of(2026, 11, 1),
                    new PrintStream(new ByteArrayOutputStream()), false).run(list);

            assertThat(services.posts("/api/v1/agreements")).extracting(p -> p.body().path("sources").toString())
                    .containsExactlyInAnyOrder(
                            "[{\"title\":\"twin_cities_sample.csv, line 2\",\"publisher\":\"Erik Hekman\","
                                    + "\"excerpt\":\"twin_cities.LICENSE: MIT License, Copyright (c) 2026 Erik Hekman\"}]",
                            "[{\"title\":\"twin_cities_sample.csv, line 3\",\"publisher\":\"Erik Hekman\","
                                    + "\"excerpt\":\"twin_cities.LICENSE: MIT License, Copyright (c) 2026 Erik Hekman\"}]");
            assertThat(services.posts("/api/v1/actors")).hasSize(4).extracting(p -> p.body().path("names").path("en")
                    .asText() + ": " + p.body().path("sources").get(0).path("title").asText())
                    .containsExactlyInAnyOrder("Wuhan: twin_cities_sample.csv, line 2",
                            "Concepción: twin_cities_sample.csv, line 2", "Xi'an: twin_cities_sample.csv, line 3",
                            "Lima: twin_cities_sample.csv, line 3");
        }
    }
}

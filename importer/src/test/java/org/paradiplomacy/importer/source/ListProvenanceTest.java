package org.paradiplomacy.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListProvenanceTest {

    @Test
    void aListCitesItsLicenceAndItsOwnSourceLine() {
        ListProvenance twinCities = ListProvenance.of(Path.of("../../shared/data/twin_cities_geocoded.csv"));
        assertThat(twinCities.publisher()).isEqualTo("Erik Hekman");
        assertThat(twinCities.excerpt()).startsWith("twin_cities_geocoded.csv: sister-city pairs scraped from Wikipedia's")
                .endsWith("twin_cities.LICENSE: MIT License, Copyright (c) 2026 Erik Hekman");
        assertThat(twinCities.source(123).toString()).contains("\"title\":\"twin_cities_geocoded.csv, line 123\"",
                "\"publisher\":\"Erik Hekman\"");
    }

    @Test
    void aListWithoutLicenceCitesTheReadmeLineThatDescribesIt() {
        ListProvenance engagements = ListProvenance.of(Path.of("../../shared/data/china_lac_engagements.csv"));
        assertThat(engagements.publisher()).isNull();
        assertThat(engagements.excerpt()).startsWith("china_lac_engagements.csv: 79 engagements between Chinese and")
                .contains("compiled on 2026-12-01").endsWith("statements.");
    }
}

package org.paradiplomacy.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.matching.Countries.Named;

/** The code tables actors-service serves, read from its bundled file, as the importer gets them over HTTP. */
public final class Reference {

    private static Countries countries;

    private Reference() {
    }

    public static synchronized Countries countries() {
        if (countries == null) {
            try {
                JsonNode tables = new ObjectMapper().readTree(
                        Path.of("../actors-service/src/main/resources/reference/regions.json").toFile());
                List<Named> isoCountries = new ArrayList<>();
                tables.path("countries").forEach(c -> isoCountries.add(
                        new Named(c.path("code").asText(), c.path("name").asText(), c.path("code").asText())));
                List<Named> subdivisions = new ArrayList<>();
                tables.path("subdivisions").forEach(s -> subdivisions.add(
                        new Named(s.path("code").asText(), s.path("name").asText(), s.path("country").asText())));
                countries = new Countries(isoCountries, subdivisions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return countries;
    }
}

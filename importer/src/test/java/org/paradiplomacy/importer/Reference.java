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
import org.paradiplomacy.importer.demo.Gazetteer;

/** The code tables actors-service serves, read from its bundled file, as the importer gets them over HTTP. */
public final class Reference {

    private static Countries countries;
    private static Gazetteer gazetteer;

    private Reference() {
    }

    public static synchronized Countries countries() {
        if (countries == null) {
            countries = new Countries(isoCountries(), isoSubdivisions());
        }
        return countries;
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = new Gazetteer(isoCountries(), isoSubdivisions());
        }
        return gazetteer;
    }

    private static List<Named> isoCountries() {
        List<Named> isoCountries = new ArrayList<>();
        tables().path("countries").forEach(c -> isoCountries.add(
                new Named(c.path("code").asText(), c.path("name").asText(), c.path("code").asText())));
        return isoCountries;
    }

    private static List<Named> isoSubdivisions() {
        List<Named> subdivisions = new ArrayList<>();
        tables().path("subdivisions").forEach(s -> subdivisions.add(
                new Named(s.path("code").asText(), s.path("name").asText(), s.path("country").asText())));
        return subdivisions;
    }

    private static JsonNode tables() {
        try {
            return new ObjectMapper().readTree(Path.of("../actors-service/src/main/resources/reference/regions.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.paradiplomacy.importer.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country and subdivision names as lists write them, resolved to the codes actors-service checks against. It
 * knows the ISO names and codes (from actors-service's reference API), the English short names lists use instead
 * ({@code importer/country-names.csv}: "United States", "Czech Republic", "England" as GB-ENG...), the
 * "Region, Country" form ("Wales, United Kingdom"), and subdivision names with or without their generic word
 * ("Jiangsu", "Jiangsu Sheng", "Jiangsu Province").
 */
public final class Countries {

    /** Words that say what kind of subdivision a name is, not which one. */
    private static final Set<String> GENERIC_WORDS = Set.of("sheng", "shi", "zizhiqu", "province", "provincia",
            "state", "estado", "region", "oblast", "prefecture", "department", "departamento", "county", "sar",
            "zhuangzu", "huizu", "uygur");

    /** A name in the country column and what it resolves to, or why it cannot be resolved. */
    public sealed interface Resolution {
    }

    public record Found(Region region) implements Resolution {
    }

    public record NotFound(String reason) implements Resolution {
    }

    /** A name from the reference API: an ISO code and its name. */
    public record Named(String code, String name, String country) {
    }

    private final Map<String, Region> countries = new HashMap<>();
    private final Map<String, String> notCountries = new HashMap<>();
    /** Per country: subdivision name keys to codes. */
    private final Map<String, Map<String, String>> subdivisions = new HashMap<>();

    public Countries(List<Named> isoCountries, List<Named> isoSubdivisions) {
        for (Named country : isoCountries) {
            countries.put(NameKey.of(country.name()), new Region(country.code(), null));
            countries.put(NameKey.of(country.code()), new Region(country.code(), null));
        }
        for (Named subdivision : isoSubdivisions) {
            Map<String, String> names = subdivisions.computeIfAbsent(subdivision.country(), c -> new HashMap<>());
            names.putIfAbsent(NameKey.of(subdivision.name()), subdivision.code());
            names.putIfAbsent(NameKey.of(withoutGenericWords(subdivision.name())), subdivision.code());
            names.putIfAbsent(NameKey.of(subdivision.code()), subdivision.code());
            names.putIfAbsent(NameKey.of(subdivision.code().substring(subdivision.code().indexOf('-') + 1)),
                    subdivision.code());
        }
        readListNames();
    }

    private void readListNames() {
        try (InputStream in = Countries.class.getResourceAsStream("/importer/country-names.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(",", 3);
                String name = NameKey.of(cells[0]);
                if (cells[1].equals("none")) {
                    notCountries.put(name, cells[2]);
                } else {
                    countries.put(name, new Region(cells[1], cells.length > 2 && !cells[2].isBlank() ? cells[2] : null));
                }
            });
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("importer/country-names.csv is missing or broken", e);
        }
    }

    /** A country column: a name, a code, or "Region, Country". */
    public Resolution country(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return new NotFound("is empty");
        }
        String key = NameKey.of(name);
        if (countries.containsKey(key)) {
            return new Found(countries.get(key));
        }
        if (notCountries.containsKey(key)) {
            return new NotFound("'" + name + "' " + notCountries.get(key));
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0 && countries.containsKey(NameKey.of(name.substring(comma + 1)))) {
            Region country = countries.get(NameKey.of(name.substring(comma + 1)));
            Region listName = countries.get(NameKey.of(name.substring(0, comma)));
            Optional<String> subdivision = listName != null && listName.country().equals(country.country())
                    ? Optional.ofNullable(listName.subdivision())
                    : subdivision(country.country(), name.substring(0, comma));
            return new Found(new Region(country.country(), subdivision.orElse(country.subdivision())));
        }
        return new NotFound("'" + name + "' is not a country name or ISO 3166-1 code this import knows");
    }

    /** A subdivision of the country by name ("Jiangsu", "Jiangsu Sheng") or code ("CN-JS", "JS"). */
    public Optional<String> subdivision(String country, String name) {
        Map<String, String> names = subdivisions.getOrDefault(country, Map.of());
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(names.getOrDefault(key, names.get(NameKey.of(withoutGenericWords(name)))));
    }

    /** The name without the words that only say what kind of subdivision it is ("Hubei Sheng" is "Hubei"). */
    public static String withoutGenericWords(String name) {
        StringBuilder kept = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!GENERIC_WORDS.contains(NameKey.of(word))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }
}

package org.paradiplomacy.importer.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.matching.Countries.Named;
import org.paradiplomacy.importer.matching.NameKey;

/**
 * The ISO 3166 codes and names actors-service checks against (its reference API), as the loader needs them: a
 * subdivision by name or code, the name of a code, and whether a text is just a country's name.
 */
public final class Gazetteer {

    private final Countries countries;
    private final Map<String, String> subdivisionNames = new HashMap<>();
    private final Map<String, String> subdivisionCountries = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> countryByName = new HashMap<>();

    public Gazetteer(List<Named> isoCountries, List<Named> isoSubdivisions) {
        this.countries = new Countries(isoCountries, isoSubdivisions);
        isoCountries.forEach(c -> {
            countryNames.put(c.code(), c.name());
            countryByName.put(NameKey.of(c.name()), c.code());
        });
        isoSubdivisions.forEach(s -> {
            subdivisionNames.put(s.code(), s.name());
            subdivisionCountries.put(s.code(), s.country());
        });
    }

    boolean isCountry(String code) {
        return countryNames.containsKey(code);
    }

    /** The country's ISO code when the text is exactly a country's ISO name ("Antigua and Barbuda"). */
    Optional<String> countryNamed(String text) {
        return Optional.ofNullable(countryByName.get(NameKey.of(text)));
    }

    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** Whether the code is a subdivision of the country. */
    boolean isSubdivisionOf(String code, String country) {
        return country != null && country.equals(subdivisionCountries.get(code));
    }

    /** A subdivision of the country by name or code ("Jiangsu", "Buenos Aires Province", "CN-JS"). */
    Optional<String> subdivision(String country, String name) {
        return country == null ? Optional.empty() : countries.subdivision(country, name);
    }

    /** A province's name: its ISO name without the last words that only say it is a province ("Hubei Sheng" is "Hubei"). */
    String provinceName(String code) {
        String name = subdivisionNames.getOrDefault(code, code);
        int space = name.lastIndexOf(' ');
        while (space > 0 && Countries.withoutGenericWords(name.substring(space + 1)).isEmpty()) {
            name = name.substring(0, space);
            space = name.lastIndexOf(' ');
        }
        return name;
    }
}

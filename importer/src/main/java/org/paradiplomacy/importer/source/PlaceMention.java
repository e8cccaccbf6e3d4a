package org.paradiplomacy.importer.source;

/**
 * A place as a row names it, already placed in a country: the name as written, the ISO 3166-2 subdivision when
 * the row tells it (a code, or a "City, Province" form), the kind of actor and the coordinates if given.
 */
public record PlaceMention(String name, String country, String subdivision, String kind, Double latitude,
        Double longitude) {
}

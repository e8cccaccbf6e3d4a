package org.paradiplomacy.actors.actor.model;

import java.util.Optional;

/**
 * The subdivision an actor's coordinates give it, when it has coordinates and a country but no subdivision and
 * is of a kind whose subdivision means something (a city, district or province; not a national body, network or
 * forum): the region that contains the point, if it is in the actor's country. Otherwise {@code subdivision} is
 * null and {@code note} says why the actor stays unplaced. Both the decider (for the event) and the service (for
 * the response and the duplicate check) derive it, from the same inputs, so they agree.
 */
public record Placement(String subdivision, String note) {

    /** Nothing to derive: the subdivision is given, or the actor lacks coordinates or a country, or is not placed. */
    public static final Placement NOT_APPLICABLE = new Placement(null, null);

    public boolean placed() {
        return subdivision != null;
    }

    public static boolean placeable(ActorKind kind) {
        return kind == ActorKind.CITY || kind == ActorKind.DISTRICT || kind == ActorKind.PROVINCE;
    }

    public static Placement derive(ActorKind kind, String country, String subdivision, Coordinates coordinates,
            RegionLocator locator, Gazetteer gazetteer) {
        if (!placeable(kind) || coordinates == null || country == null || country.isBlank()
                || (subdivision != null && !subdivision.isBlank()) || !FieldChecks.validCoordinates(coordinates)) {
            return NOT_APPLICABLE;
        }
        String point = "(" + coordinates.latitude() + ", " + coordinates.longitude() + ")";
        Optional<RegionLocator.Region> region = locator.locate(coordinates);
        if (region.isEmpty()) {
            return new Placement(null, "the coordinates " + point + " lie in no first-level region");
        }
        String code = region.get().code();
        if (!country.equals(region.get().country())) {
            return new Placement(null, "the coordinates " + point + " lie in " + code + ", not in " + country);
        }
        if (!gazetteer.countryOfSubdivision(code).map(country::equals).orElse(false)) {
            return new Placement(null, "the coordinates " + point + " lie in " + code
                    + ", which is not a current ISO 3166-2 subdivision of " + country);
        }
        return new Placement(code, "placed in " + code + " by its coordinates");
    }
}

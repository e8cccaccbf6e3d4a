package org.paradiplomacy.analytics.rest;

import java.util.regex.Pattern;
import org.paradiplomacy.analytics.statistics.RegionLevel;
import org.paradiplomacy.eventsourcing.rest.InvalidParameter;

/** Reads the query parameters the statistics share, answering a bad one with 400 naming it. */
final class QueryParameters {

    static final String SOURCED = "true: count only the records that cite a source (engagements with a source on any"
            + " step, actors and memberships with one of their own); false (the default): every record";
    static final String LEVELS = "subdivision, country, m49, m49-subregion";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern M49 = Pattern.compile("[0-9]{3}");

    private QueryParameters() {
    }

    /** true or false; absent is false. A boolean JAX-RS would read "yes" as false, so it is read here. */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidParameter(name, "'" + value + "' is not true or false");
    }

    static RegionLevel level(String name, String value) {
        RegionLevel level = RegionLevel.of(value);
        if (level == null) {
            throw new InvalidParameter(name, "'" + value + "' is not one of " + LEVELS);
        }
        return level;
    }

    /**
     * The level a region code is matched at: the one given, else the code's own (ISO 3166-1 country, ISO 3166-2
     * subdivision, UN M49 area). A code that cannot be at that level is refused; {@code unknown} (the unknown
     * rows) needs its level.
     */
    static RegionLevel levelOf(String name, String code, String levelName, String level) {
        if (RegionLevel.UNKNOWN.equals(code)) {
            // The unknown row of a table: only its level says which actors it stands for.
            if (level == null || level.isBlank()) {
                throw new InvalidParameter(levelName, "is needed with " + name + "=" + RegionLevel.UNKNOWN
                        + " (one of " + LEVELS + ")");
            }
            return level(levelName, level);
        }
        boolean country = COUNTRY.matcher(code).matches();
        boolean subdivision = SUBDIVISION.matcher(code).matches();
        boolean m49 = M49.matcher(code).matches();
        if (!country && !subdivision && !m49) {
            throw new InvalidParameter(name, "'" + code + "' is not an ISO 3166-1 country (CN), ISO 3166-2 subdivision"
                    + " (CN-HB) or UN M49 area (419) code");
        }
        if (level == null || level.isBlank()) {
            return subdivision ? RegionLevel.SUBDIVISION : country ? RegionLevel.COUNTRY : RegionLevel.M49;
        }
        RegionLevel given = level(levelName, level);
        boolean fits = switch (given) {
            // At the level of subdivisions a country's code stands for its actors without a subdivision.
            case SUBDIVISION -> subdivision || country;
            case COUNTRY -> country;
            case M49, M49_SUBREGION -> m49;
        };
        if (!fits) {
            throw new InvalidParameter(name, "'" + code + "' is not a code at the level " + given);
        }
        return given;
    }

    /** An optional code from a closed list. */
    static String oneOf(String name, String value, java.util.List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new InvalidParameter(name, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** An optional free code (a kind, a field of cooperation), bounded. */
    static String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            throw new InvalidParameter(name, "is longer than 100 characters");
        }
        return value;
    }
}

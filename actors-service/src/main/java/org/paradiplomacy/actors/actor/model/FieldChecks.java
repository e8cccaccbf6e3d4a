package org.paradiplomacy.actors.actor.model;

import java.net.URI;
import java.util.List;
import org.paradiplomacy.eventsourcing.domain.Rules;

/**
 * The checks of one value that several actor commands carry (names, aliases, ids, a parent, the contact details),
 * each within its bound ({@link ActorLimits}); {@link ActorChecks} composes them per command.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    static void names(Rules rules, Names names) {
        if (names == null || names.en() == null || names.en().isBlank()) {
            rules.add("names.en", "is required");
        }
        if (names != null) {
            length(rules, "names.en", names.en(), ActorLimits.NAME);
            length(rules, "names.es", names.es(), ActorLimits.NAME);
            length(rules, "names.pt", names.pt(), ActorLimits.NAME);
            length(rules, "names.zh", names.zh(), ActorLimits.NAME);
        }
    }

    /** A text, if given, is at most {@code max} characters without the spaces around it (which are dropped). */
    static boolean length(Rules rules, String field, String value, int max) {
        return lengthAsGiven(rules, field, value == null ? null : value.strip(), max);
    }

    /** A text kept as it was given (the Foreign Affairs Office's details) is at most {@code max} characters. */
    static boolean lengthAsGiven(Rules rules, String field, String value, int max) {
        boolean within = value == null || value.length() <= max;
        rules.require(within, field, "must be at most " + max + " characters");
        return within;
    }

    /** The id of another actor a command names is no longer than an id can be; if it is, it is not looked at. */
    static boolean id(Rules rules, String field, ActorRef ref) {
        boolean within = ref.id() == null || ref.id().length() <= ActorLimits.ID;
        rules.require(within, field, "must be an actor id (at most " + ActorLimits.ID + " characters)");
        return within;
    }

    /** At most {@link ActorLimits#ALIASES}; a longer list is refused as a whole, without an error per alias. */
    static void aliases(Rules rules, List<String> aliases) {
        List<String> list = aliases == null ? List.of() : aliases;
        if (list.size() > ActorLimits.ALIASES) {
            rules.add("aliases", "must have at most " + ActorLimits.ALIASES + " aliases, not " + list.size());
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String alias = list.get(i);
            rules.require(alias != null && !alias.isBlank(), "aliases[" + i + "]", "must not be blank");
            length(rules, "aliases[" + i + "]", alias, ActorLimits.NAME);
        }
    }

    static void parent(Rules rules, String field, String actorId, ActorKind kind, String country,
            ActorRef parent) {
        if (!id(rules, field, parent)) {
            return;
        }
        if (!parent.exists()) {
            rules.add(field, "no actor " + parent.id() + " is registered");
            return;
        }
        if (parent.id().equals(actorId)) {
            rules.add(field, "an actor cannot be its own parent");
        }
        if (parent.retired()) {
            rules.add(field, "actor " + parent.id() + " is retired");
        }
        live(rules, field, parent);
        if (parent.kind().isNetwork() || (kind != null && kind.isNetwork())) {
            rules.add(field, "networks and forums have members, not parents");
        }
        if (parent.country() != null && country != null && !parent.country().equals(country)) {
            rules.add(field, "actor " + parent.id() + " is in " + parent.country() + ", not in " + country);
        }
    }

    static void details(Rules rules, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice office) {
        if (coordinates != null) {
            rules.require(Math.abs(coordinates.latitude()) <= 90, "coordinates.latitude", "must be within ±90");
            rules.require(Math.abs(coordinates.longitude()) <= 180, "coordinates.longitude", "must be within ±180");
        }
        rules.require(population == null || population >= 0, "population", "must not be negative");
        url(rules, "website", website);
        if (office != null) {
            lengthAsGiven(rules, "foreignAffairsOffice.name", office.name(), ActorLimits.OFFICE_NAME);
            if (lengthAsGiven(rules, "foreignAffairsOffice.website", office.website(), ActorLimits.URL)) {
                url(rules, "foreignAffairsOffice.website", office.website());
            }
            if (lengthAsGiven(rules, "foreignAffairsOffice.email", office.email(), ActorLimits.EMAIL)) {
                rules.require(office.email() == null || office.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "foreignAffairsOffice.email", "is not an e-mail address");
            }
        }
    }

    /** An actor a command names still stands: it was neither merged into another nor withdrawn. */
    static void live(Rules rules, String field, ActorRef ref) {
        if (ref.merged()) {
            rules.add(field, "actor " + ref.id() + " was merged into " + ref.survivorId() + "; name "
                    + ref.survivorId() + " instead");
        } else if (ref.withdrawn()) {
            rules.add(field, "actor " + ref.id() + " was withdrawn (recorded in error)");
        }
    }

    /** Within ±90 latitude and ±180 longitude, and numbers (NaN is not a place). */
    static boolean validCoordinates(Coordinates coordinates) {
        return Math.abs(coordinates.latitude()) <= 90 && Math.abs(coordinates.longitude()) <= 180;
    }

    /** A reason text: within its bound, and, when required, not blank. */
    static void reason(Rules rules, String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            rules.require(!required, "reason", "is required: say why, in at most " + ActorLimits.REASON
                    + " characters");
        } else {
            length(rules, "reason", reason.strip(), ActorLimits.REASON);
        }
    }

    static void url(Rules rules, String field, String url) {
        if (url == null || url.isBlank() || !length(rules, field, url, ActorLimits.URL)) {
            return;
        }
        try {
            URI uri = URI.create(url.strip());
            rules.require(("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null,
                    field, "must be an http or https address");
        } catch (IllegalArgumentException e) {
            rules.add(field, "must be an http or https address");
        }
    }
}

package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;

/**
 * Rules every kind of engagement shares: the actors it names, its dates, its texts and fields, each within its
 * bound ({@link EngagementLimits}).
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Each actor named is known to the directory, not retired, and named once; at least {@code min} of them and at
     * most {@code max}. A longer list is refused as a whole, without an error for each of its actors.
     */
    public static void actors(Rules rules, String field, List<ActorRef> actors, int min, int max) {
        if (actors != null && actors.size() > max) {
            rules.add(field, "must name at most " + max + " actors, not " + actors.size());
            return;
        }
        if (actors == null || actors.size() < min) {
            rules.add(field, min == 1 ? "must name at least one actor" : "must name at least " + min + " distinct actors");
            if (actors == null) {
                return;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < actors.size(); i++) {
            ActorRef actor = actors.get(i);
            String at = field + "[" + i + "]";
            if (actor == null || actor.id() == null || actor.id().isBlank()) {
                rules.add(at, "must be an actor id");
                continue;
            }
            if (!id(rules, at, actor.id(), "an actor id")) {
                continue;
            }
            if (!seen.add(actor.id())) {
                rules.add(at, "actor " + actor.id() + " is listed twice");
            }
            actor(rules, at, actor);
        }
    }

    /**
     * An actor named is known to the directory, not withdrawn and not retired; an id too long to be one is not
     * repeated.
     */
    public static void actor(Rules rules, String field, ActorRef actor) {
        if (actor == null) {
            rules.add(field, "is required");
        } else if (!id(rules, field, actor.id(), "an actor id")) {
            return;
        } else if (!actor.known()) {
            rules.add(field, "no actor " + actor.id() + " is known (a newly registered actor is known here within"
                    + " seconds; retry if you just registered it)");
        } else if (actor.withdrawn()) {
            rules.add(field, "actor " + actor.id()
                    + " was withdrawn (recorded in error) and cannot take part in engagements");
        } else if (actor.retired()) {
            rules.add(field, "actor " + actor.id() + " is retired and cannot enter new engagements");
        }
    }

    /** A text, required or not, of at most {@code max} characters without the spaces around it (dropped). */
    public static void text(Rules rules, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            rules.require(!required, field, "is required");
        } else {
            rules.require(value.strip().length() <= max, field, "must be at most " + max + " characters");
        }
    }

    /** An id a command names is no longer than an id can be; {@code what} says what it names ("an actor id"). */
    public static boolean id(Rules rules, String field, String id, String what) {
        boolean within = id == null || id.length() <= EngagementLimits.ID;
        rules.require(within, field, "must be " + what + " (at most " + EngagementLimits.ID + " characters)");
        return within;
    }

    /** At most {@code max} items; {@code what} names them in the message ("agreements"). */
    public static boolean count(Rules rules, String field, List<?> items, int max, String what) {
        boolean within = items == null || items.size() <= max;
        rules.require(within, field, "must list at most " + max + " " + what + ", not "
                + (items == null ? 0 : items.size()));
        return within;
    }

    /** A date that has happened: required, not after today, and not before {@code notBefore} if given. */
    public static void pastDate(Rules rules, String field, LocalDate date, LocalDate today, LocalDate notBefore,
            String notBeforeWhat) {
        if (date == null) {
            rules.add(field, "is required");
            return;
        }
        rules.require(!date.isAfter(today), field, "must not be in the future");
        rules.requirePlausible(field, date);
        if (notBefore != null) {
            rules.require(!date.isBefore(notBefore), field, "must not be before " + notBeforeWhat + " (" + notBefore + ")");
        }
    }

    /**
     * A date about the world, at the precision of its source: required, not wholly in the future, and not wholly
     * before {@code notBefore} if given (a signing in {@code 2019} may follow a proposal on {@code 2019-03-05}).
     */
    public static void pastDate(Rules rules, String field, PartialDate date, LocalDate today, PartialDate notBefore,
            String notBeforeWhat) {
        if (date == null) {
            rules.add(field, "is required");
            return;
        }
        DateChecks.notInFuture(rules, field, date, today);
        DateChecks.plausible(rules, field, date);
        DateChecks.notBefore(rules, field, date, notBefore, notBeforeWhat);
    }

    public static void fields(Rules rules, List<CooperationField> fields) {
        if (count(rules, "fields", fields, EngagementLimits.FIELDS, "fields") && fields != null) {
            for (int i = 0; i < fields.size(); i++) {
                rules.require(fields.get(i) != null, "fields[" + i + "]", "must be one of " + CooperationField.codes());
            }
        }
    }

    public static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    public static List<String> ids(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::id).toList();
    }

    /** The actors as the events carry them, as the directory knew them when the command came. */
    public static List<ActorSnapshot> snapshots(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::snapshot).toList();
    }

    public static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

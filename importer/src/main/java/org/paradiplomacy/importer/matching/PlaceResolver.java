package org.paradiplomacy.importer.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.paradiplomacy.importer.source.PlaceMention;

/**
 * Decides which actor each place of a list is, over the whole list at once, so the answer does not depend on the
 * order of its rows. Places match by country and {@link NameKey} (names in every language and aliases of the
 * actors already recorded count). Subdivisions tell namesakes apart: "Suzhou, Jiangsu" and "Suzhou, Anhui" are
 * two actors. A plain "Suzhou" is the one Suzhou the country has (recorded or in the list); when there are
 * several, the one its coordinates put it at (within {@value #SAME_PLACE_KM} km, and no other within
 * {@value #OTHER_PLACE_KM} km); otherwise it is ambiguous and its rows are rejected, never guessed.
 */
public final class PlaceResolver {

    static final int SAME_PLACE_KM = 30;
    static final int OTHER_PLACE_KM = 100;

    /** Everything known under one country and name key. */
    private static final class Group {
        final List<KnownActor> actors = new ArrayList<>();
        final TreeSet<String> subdivisions = new TreeSet<>();
        /** Where the place of that name in each subdivision is, where coordinates tell. */
        final Map<String, Point> locations = new HashMap<>();
    }

    private final Map<String, Group> groups = new HashMap<>();

    public PlaceResolver(Collection<KnownActor> known) {
        for (KnownActor actor : known) {
            if (actor.country() == null) {
                continue;
            }
            actor.names().stream().map(NameKey::of).filter(k -> !k.isEmpty()).distinct().forEach(key -> {
                Group group = group(actor.country(), key);
                group.actors.add(actor);
                if (actor.subdivision() != null) {
                    group.subdivisions.add(actor.subdivision());
                    if (actor.location() != null) {
                        group.locations.putIfAbsent(actor.subdivision(), actor.location());
                    }
                }
            });
        }
    }

    /** First pass: every place the list names, so that a plain name knows its namesakes in other rows. */
    public void mention(PlaceMention place) {
        if (place.subdivision() != null) {
            Group group = group(place.country(), NameKey.of(place.name()));
            group.subdivisions.add(place.subdivision());
            if (location(place) != null) {
                group.locations.putIfAbsent(place.subdivision(), location(place));
            }
        }
    }

    /** Second pass: the actor a place is. */
    public Target resolve(PlaceMention place) {
        String key = NameKey.of(place.name());
        Group group = groups.getOrDefault(place.country() + "|" + key, new Group());
        if (place.subdivision() != null) {
            return inSubdivision(group, place.country(), place.subdivision(), key);
        }
        List<KnownActor> withoutSubdivision = group.actors.stream().filter(a -> a.subdivision() == null).distinct().toList();
        if (withoutSubdivision.size() == 1) {
            return new Target.Existing(withoutSubdivision.get(0).id());
        }
        if (group.subdivisions.size() == 1) {
            return inSubdivision(group, place.country(), group.subdivisions.first(), key);
        }
        if (group.subdivisions.isEmpty()) {
            return withoutSubdivision.isEmpty() ? new Target.New(place.country(), null, key)
                    : ambiguous(place, withoutSubdivision.size() + " actors of that name without a subdivision", null);
        }
        String near = nearest(group, location(place));
        return near != null ? inSubdivision(group, place.country(), near, key)
                : ambiguous(place, "places of that name in " + String.join(", ", group.subdivisions),
                        group.subdivisions.first());
    }

    /** The subdivision whose namesake is at the point, when every namesake's place is known and only one is near. */
    private static String nearest(Group group, Point point) {
        if (point == null || !group.locations.keySet().containsAll(group.subdivisions)) {
            return null;
        }
        List<Map.Entry<String, Double>> distances = group.subdivisions.stream()
                .map(subdivision -> Map.entry(subdivision, group.locations.get(subdivision).kilometresTo(point)))
                .sorted(Map.Entry.comparingByValue()).toList();
        boolean near = distances.get(0).getValue() <= SAME_PLACE_KM;
        boolean othersFar = distances.size() < 2 || distances.get(1).getValue() > OTHER_PLACE_KM;
        return near && othersFar ? distances.get(0).getKey() : null;
    }

    private static Point location(PlaceMention place) {
        return place.latitude() == null ? null : new Point(place.latitude(), place.longitude());
    }

    private static Target inSubdivision(Group group, String country, String subdivision, String key) {
        List<KnownActor> there = group.actors.stream().filter(a -> Objects.equals(a.subdivision(), subdivision))
                .distinct().toList();
        if (!there.isEmpty()) {
            return new Target.Existing(there.get(0).id());
        }
        List<KnownActor> unplaced = group.actors.stream().filter(a -> a.subdivision() == null).distinct().toList();
        if (unplaced.size() == 1 && group.subdivisions.size() == 1) {
            return new Target.Existing(unplaced.get(0).id());
        }
        return new Target.New(country, subdivision, key);
    }

    private static Target ambiguous(PlaceMention place, String what, String subdivision) {
        return new Target.Ambiguous("'" + place.name() + "' in " + place.country() + " is ambiguous: there are " + what
                + (subdivision == null ? "" : "; name its subdivision, as in \"" + place.name() + ", " + subdivision + "\""));
    }

    private Group group(String country, String key) {
        return groups.computeIfAbsent(country + "|" + key, k -> new Group());
    }
}

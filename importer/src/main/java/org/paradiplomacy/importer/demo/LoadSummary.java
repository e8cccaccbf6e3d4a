package org.paradiplomacy.importer.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the demo loader did, per kind of record: created, replayed (recorded by an earlier run, the
 * service answered as the first time) and refused, with the file, line and reason of each refusal; for actors also
 * how many the rows named that were already recorded, and how many registrations actors-service answered with
 * the actor it already holds for that place (used instead of a new one).
 */
public final class LoadSummary {

    public static final List<String> KINDS = List.of("actors", "memberships", "agreements", "missions", "conferences",
            "statements");
    /** Rows refused before it was clear what they would record (an unknown kind, malformed CSV). */
    public static final String OTHER = "other rows";

    /** The counts of one kind. */
    public record Count(int created, int replayed, int refused) {
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Refused> refused = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int actorsMatched;
    private int matchedExisting;

    public LoadSummary() {
        KINDS.forEach(kind -> counts.put(kind, new int[3]));
        counts.put(OTHER, new int[3]);
    }

    synchronized void created(String kind, boolean replayed) {
        counts.get(kind)[replayed ? 1 : 0]++;
    }

    synchronized void refused(String kind, Refused why) {
        counts.get(kind)[2]++;
        refused.add(why);
    }

    synchronized void matched(int actors) {
        actorsMatched += actors;
    }

    synchronized void existingActorUsed() {
        matchedExisting++;
    }

    synchronized void note(String text) {
        notes.add(text);
    }

    public Count count(String kind) {
        int[] c = counts.get(kind);
        return new Count(c[0], c[1], c[2]);
    }

    /** Records created in this run, of every kind: 0 on a run that found everything recorded already. */
    public int created() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int actorsMatched() {
        return actorsMatched;
    }

    /** Registrations actors-service refused as likely duplicates, whose existing actor the loader used. */
    public int matchedExisting() {
        return matchedExisting;
    }

    public List<Refused> refused() {
        return List.copyOf(refused);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String text() {
        StringBuilder text = new StringBuilder("Demo data loaded:\n");
        counts.entrySet().stream().filter(e -> !e.getKey().equals(OTHER) || e.getValue()[2] > 0).forEach(e -> {
            String kind = e.getKey();
            int[] c = e.getValue();
            text.append(String.format("  %-12s %4d created, %4d replayed, %3d refused%s%n", kind, c[0], c[1], c[2],
                    kind.equals("actors") ? String.format(" (and %d named by the lists already recorded)", actorsMatched)
                            : ""));
        });
        text.append(String.format("  matched existing actors: %d%n", matchedExisting));
        if (!notes.isEmpty()) {
            text.append("  notes:\n");
            notes.forEach(note -> text.append("    ").append(note).append('\n'));
        }
        if (!refused.isEmpty()) {
            text.append(String.format("  refused (%d):%n", refused.size()));
            refused.forEach(r -> text.append("    ").append(r.text()).append('\n'));
        }
        return text.toString();
    }
}

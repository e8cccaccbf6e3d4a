package org.paradiplomacy.importer.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paradiplomacy.importer.client.ObservatoryClient.Placed;
import org.paradiplomacy.importer.client.ObservatoryClient.UnplacedActor;

/**
 * What a placement backfill did: the actors placed, those left unplaced with actors-service's reason (grouped by
 * reason, each actor named) and those whose placement failed otherwise (not found, withdrawn, merged).
 */
public record BackfillSummary(List<Outcome> outcomes, double seconds) {

    /** One listed actor and the answer to its placement. */
    public record Outcome(UnplacedActor actor, Placed placed) {
    }

    public BackfillSummary {
        outcomes = outcomes.stream().sorted(Comparator.comparing((Outcome o) -> o.actor().name())
                .thenComparing(o -> o.actor().id())).toList();
    }

    public long placed() {
        return outcomes.stream().filter(o -> o.placed().placed()).count();
    }

    public List<Outcome> leftUnplaced() {
        return outcomes.stream().filter(o -> !o.placed().placed() && o.placed().unplaceable()).toList();
    }

    public List<Outcome> failed() {
        return outcomes.stream().filter(o -> !o.placed().placed() && !o.placed().unplaceable()).toList();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Placement by coordinates: %,d actors listed without a subdivision, in %.1f s%n",
                outcomes.size(), seconds));
        text.append(String.format("  placed: %,d%n", placed()));
        List<Outcome> left = leftUnplaced();
        text.append(String.format("  left unplaced: %,d%n", left.size()));
        Map<String, List<Outcome>> byReason = new TreeMap<>();
        left.forEach(o -> byReason.computeIfAbsent(o.placed().problem(), r -> new java.util.ArrayList<>()).add(o));
        byReason.forEach((reason, actors) -> {
            text.append(String.format("    %s (%,d):%n", reason, actors.size()));
            actors.forEach(o -> text.append("      ").append(label(o)).append('\n'));
        });
        List<Outcome> failed = failed();
        text.append(String.format("  failed: %,d%n", failed.size()));
        failed.forEach(o -> text.append("    ").append(label(o)).append(": ").append(o.placed().problem()).append('\n'));
        return text.toString();
    }

    private static String label(Outcome outcome) {
        UnplacedActor actor = outcome.actor();
        return actor.name() + " (" + actor.country() + ", " + actor.id() + ")";
    }
}

package org.paradiplomacy.importer.client;

import java.util.List;
import java.util.Objects;

/**
 * An actor actors-service named when it refused a registration as a likely duplicate (409 with
 * {@code candidates}): the place is already recorded, and a client uses it instead of creating another.
 */
public record ExistingActor(String actorId, String name, String kind, String country, String subdivision,
        String matched) {

    /** Which candidate a registration is, or why none can be chosen. */
    public sealed interface Choice {
    }

    /** The registration is this actor. */
    public record Chosen(ExistingActor actor) implements Choice {
    }

    /** Several candidates and nothing to tell them apart: the place is left for a person to decide. */
    public record Ambiguous(String reason) implements Choice {
    }

    /**
     * The one candidate; of several, the one in the registration's subdivision (null when it gave none), if exactly
     * one is; otherwise ambiguous.
     */
    public static Choice choose(List<ExistingActor> candidates, String subdivision) {
        if (candidates.size() == 1) {
            return new Chosen(candidates.get(0));
        }
        List<ExistingActor> there = subdivision == null ? List.of()
                : candidates.stream().filter(c -> Objects.equals(c.subdivision(), subdivision)).toList();
        if (there.size() == 1) {
            return new Chosen(there.get(0));
        }
        return new Ambiguous("actors-service holds " + candidates.size() + " actors it may be ("
                + String.join(", ", candidates.stream().map(ExistingActor::label).toList()) + ")"
                + (subdivision == null ? "; name its subdivision to choose"
                        : there.isEmpty() ? ", none in " + subdivision : ", " + there.size() + " in " + subdivision));
    }

    private String label() {
        return name + " " + (subdivision != null ? subdivision : country) + " " + actorId;
    }
}

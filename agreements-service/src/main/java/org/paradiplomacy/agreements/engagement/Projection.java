package org.paradiplomacy.agreements.engagement;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;

/**
 * What the read model keeps of an engagement to filter on: its type, kind, status, title, main dates (as given),
 * fields, the actors taking part with their roles, whether it was withdrawn, and (for an agreement) the one it
 * upgrades.
 */
public record Projection(String type, String kind, String status, String title, PartialDate startsOn,
        PartialDate endsOn, List<?> fields, List<Participant> participants, boolean withdrawn, String upgrades) {

    public Projection(String type, String kind, String status, String title, PartialDate startsOn,
            PartialDate endsOn, List<?> fields, List<Participant> participants) {
        this(type, kind, status, title, startsOn, endsOn, fields, participants, false, null);
    }

    /** An actor taking part, and how. */
    public record Participant(String actorId, String role) {
    }

    public static List<Participant> as(String role, List<String> actorIds) {
        return actorIds.stream().map(id -> new Participant(id, role)).toList();
    }
}

package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.Source;

/** Why an actor was withdrawn (recorded in error), and the sources that say so. */
public record Withdrawal(String reason, List<Source> sources) {

    public Withdrawal {
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}

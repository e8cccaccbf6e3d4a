package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** When and why an actor was retired, the actor it was merged into, if any, and the sources that say so. */
public record Retirement(RetirementReason reason, String mergedInto, PartialDate effectiveOn, List<Source> sources) {

    public Retirement {
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}

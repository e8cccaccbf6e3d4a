package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * An actor's membership of a network or forum, from {@code since} until {@code until} (open while null), each
 * as precisely as its source gives it, with the sources of its start and of its end.
 */
public record Membership(String networkId, String role, PartialDate since, PartialDate until, List<Source> sources) {

    public Membership {
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public boolean open() {
        return until == null;
    }

    Membership ended(PartialDate on, List<Source> endSources) {
        return new Membership(networkId, role, since, on, Sources.merge(sources, endSources));
    }
}

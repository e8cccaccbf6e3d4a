package org.paradiplomacy.actors.actor.model;

import java.util.Optional;

/** Finds the first-level administrative region (province, state, region) that contains a point. */
public interface RegionLocator {

    /** A region none contains: no actor is placed by it. */
    RegionLocator NONE = coordinates -> Optional.empty();

    Optional<Region> locate(Coordinates coordinates);

    /** A first-level region: its ISO 3166-2 code and its country's ISO 3166-1 code. */
    record Region(String code, String country) {
    }
}

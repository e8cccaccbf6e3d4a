package org.paradiplomacy.importer.source;

import java.util.Objects;
import org.paradiplomacy.importer.matching.NameKey;

/** Whether two mentions surely name one place: the same name key, and no different subdivisions. */
final class NameKeys {

    private NameKeys() {
    }

    static boolean same(PlaceMention a, PlaceMention b) {
        return NameKey.of(a.name()).equals(NameKey.of(b.name())) && (a.subdivision() == null || b.subdivision() == null
                || Objects.equals(a.subdivision(), b.subdivision()));
    }
}

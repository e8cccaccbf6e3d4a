package org.paradiplomacy.actors.actor.model;

import java.util.LinkedHashSet;
import java.util.List;
import org.paradiplomacy.provenance.Source;

/** The sources of a record: those of each of its events, in order, each once. */
final class SourceList {

    private SourceList() {
    }

    static List<Source> merge(List<Source> known, List<Source> added) {
        if (added == null || added.isEmpty()) {
            return known;
        }
        LinkedHashSet<Source> all = new LinkedHashSet<>(known);
        all.addAll(added);
        return List.copyOf(all);
    }

    /** Whether the list names a source the record does not have yet. */
    static boolean addsTo(List<Source> known, List<Source> added) {
        return added != null && !known.containsAll(added);
    }

    /** What an event carries: the sources given, or null (absent from its payload) when none was. */
    static List<Source> ofCommand(List<Source> given) {
        return given == null || given.isEmpty() ? null : List.copyOf(given);
    }
}

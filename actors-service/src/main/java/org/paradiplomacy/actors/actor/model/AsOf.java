package org.paradiplomacy.actors.actor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.paradiplomacy.provenance.PartialDate;

/**
 * Which events count for the state of an actor as of a day (docs/decisions/0013): a correction of the record at
 * every date; a dated change from {@link PartialDate#countsFrom} the day it was recorded, so a renaming "in 2018"
 * recorded in 2026 counts from 31 December 2018, and one "in 2026" recorded on 1 December 2026 from that day.
 */
public final class AsOf {

    private AsOf() {
    }

    public static boolean counts(ActorEvent event, Instant recordedAt, LocalDate asOf) {
        PartialDate effective = event.effectiveOn();
        return effective == null || !effective.countsFrom(recordedOn(recordedAt)).isAfter(asOf);
    }

    /** The day, in UTC, an event was recorded: its CloudEvents {@code ce_time}. */
    public static LocalDate recordedOn(Instant recordedAt) {
        return recordedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
}

package org.paradiplomacy.provenance;

import java.time.LocalDate;
import org.paradiplomacy.eventsourcing.domain.Rules;

/** The rules a date at the precision of its source follows, in the words a client is told. */
public final class DateChecks {

    private DateChecks() {
    }

    /** Within the years the records can hold (a date outside them is a typing mistake). */
    public static Rules plausible(Rules rules, String field, PartialDate date) {
        return rules.require(date == null || date.isBetween(Rules.EARLIEST, Rules.LATEST), field,
                "must be between " + Rules.EARLIEST.getYear() + " and " + Rules.LATEST.getYear());
    }

    /** Not wholly after today: a year or month that has begun may be given. */
    public static Rules notInFuture(Rules rules, String field, PartialDate date, LocalDate today) {
        return rules.require(date == null || !date.isAfter(today), field, "must not be in the future");
    }

    /** Not wholly before an earlier step of the same record: {@code 2019} may follow {@code 2019-03-05}. */
    public static Rules notBefore(Rules rules, String field, PartialDate date, PartialDate earlier, String what) {
        return rules.require(date == null || earlier == null || !date.isBefore(earlier), field,
                "must not be before " + what + " (" + earlier + ")");
    }
}

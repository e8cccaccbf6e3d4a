package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/** What every withdrawal must give (a reason, its sources) and the rule that a withdrawn record takes no command. */
public final class WithdrawalChecks {

    /** The longest reason of a withdrawal. */
    public static final int REASON = 1000;

    private WithdrawalChecks() {
    }

    public static void withdrawal(Rules rules, String reason, List<Source> sources, LocalDate today) {
        Checks.text(rules, "reason", reason, REASON, true);
        Sources.check(rules, "sources", sources, today);
    }

    /** A withdrawn record stays readable but takes no further command (409). */
    public static void notWithdrawn(boolean withdrawn, String noun, String id) {
        if (withdrawn) {
            throw new StateConflict(noun + " " + id + " was withdrawn (recorded in error) and takes no further command");
        }
    }
}

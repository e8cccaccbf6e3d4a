package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Sources;

/**
 * What a mission command must give, apart from the state it finds: a plan's actors and dates, a completion. Dates
 * are at the precision of their sources: an end or a completion may not wholly precede the start.
 */
final class MissionChecks {

    private MissionChecks() {
    }

    static void plan(Rules rules, PlanMission plan, LocalDate today) {
        rules.require(plan.kind() != null, "kind", "is required");
        Checks.actor(rules, "leader", plan.leader());
        Checks.actors(rules, "hosts", plan.hosts(), 1, EngagementLimits.HOSTS);
        if (plan.leader() != null && plan.hosts() != null) {
            rules.require(plan.hosts().stream().noneMatch(h -> h != null && plan.leader().id().equals(h.id())),
                    "hosts", "the leader is not its own host");
        }
        rules.require(plan.startsOn() != null, "startsOn", "is required");
        DateChecks.plausible(rules, "startsOn", plan.startsOn());
        DateChecks.plausible(rules, "endsOn", plan.endsOn());
        DateChecks.notBefore(rules, "endsOn", plan.endsOn(), plan.startsOn(), "startsOn");
        Checks.text(rules, "purpose", plan.purpose(), EngagementLimits.TEXT, false);
        Checks.fields(rules, plan.fields());
        Sources.check(rules, "sources", plan.sources(), today);
    }

    /** Completed, not wholly in the future nor wholly before the start, naming only recorded agreements. */
    static void completion(Rules rules, PartialDate completedOn, String outcomes, List<SignedAgreementRef> signed,
            LocalDate today, PartialDate startsOn) {
        Checks.pastDate(rules, "completedOn", completedOn, today, startsOn, "the mission started");
        Checks.text(rules, "outcomes", outcomes, EngagementLimits.TEXT, false);
        if (Checks.count(rules, "agreementsSigned", signed, EngagementLimits.AGREEMENTS_SIGNED, "agreements")) {
            for (int i = 0; i < signed.size(); i++) {
                SignedAgreementRef agreement = signed.get(i);
                String at = "agreementsSigned[" + i + "]";
                if (agreement == null) {
                    rules.add(at, "must be an agreement id");
                } else if (Checks.id(rules, at, agreement.id(), "an agreement id")) {
                    rules.require(agreement.exists(), at, "no agreement " + agreement.id() + " is recorded");
                }
            }
        }
    }
}

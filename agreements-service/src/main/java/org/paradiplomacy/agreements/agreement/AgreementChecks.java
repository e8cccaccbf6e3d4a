package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Sources;

/**
 * What an agreement command must give, apart from the state it finds: terms, signings and renewals. Dates are at
 * the precision of their sources: a step may not wholly precede the one before it, nor lie wholly in the future.
 */
final class AgreementChecks {

    /** What an upgrade may name; a superseded one is a conflict the decider answers with 409. */
    private static final Set<AgreementStatus> UPGRADABLE = EnumSet.of(AgreementStatus.SIGNED,
            AgreementStatus.SUSPENDED, AgreementStatus.SUPERSEDED);

    private AgreementChecks() {
    }

    static void terms(Rules rules, Terms terms, String agreementId) {
        rules.require(terms.kind() != null, "kind", "is required");
        Checks.text(rules, "title", terms.title(), EngagementLimits.TITLE, true);
        Checks.actors(rules, "parties", terms.parties(), 2, EngagementLimits.PARTIES);
        Checks.fields(rules, terms.fields());
        if (terms.upgrades() != null && Checks.id(rules, "upgrades", terms.upgrades().id(), "an agreement id")) {
            upgrade(rules, terms, agreementId);
        }
    }

    /**
     * The agreement upgraded is recorded, not this one, not withdrawn, between the same set of parties (an actor
     * merged into another counts as its survivor), and in force or suspended: only a signed link is upgraded.
     */
    private static void upgrade(Rules rules, Terms terms, String agreementId) {
        UpgradeRef upgraded = terms.upgrades();
        if (!upgraded.exists()) {
            rules.add("upgrades", "no agreement " + upgraded.id() + " is recorded");
        } else if (upgraded.id().equals(agreementId)) {
            rules.add("upgrades", "an agreement cannot upgrade itself");
        } else if (upgraded.withdrawn()) {
            rules.add("upgrades", "agreement " + upgraded.id()
                    + " was withdrawn (recorded in error) and cannot be upgraded");
        } else {
            Set<String> parties = terms.parties() == null ? Set.of() : terms.parties().stream()
                    .filter(p -> p != null && p.id() != null).map(ActorRef::id).collect(Collectors.toSet());
            Set<String> theirs = upgraded.parties().stream().map(ActorSnapshot::actorId).collect(Collectors.toSet());
            if (!parties.isEmpty() && !parties.equals(theirs)) {
                rules.add("upgrades", "agreement " + upgraded.id() + " is between " + names(upgraded.parties())
                        + ": an upgrade is between the same parties");
            } else if (upgraded.status() != null && !UPGRADABLE.contains(upgraded.status())) {
                rules.add("upgrades", "agreement " + upgraded.id() + " is " + upgraded.status()
                        + ": only a signed agreement (in force or suspended) can be upgraded");
            }
        }
    }

    private static String names(List<ActorSnapshot> parties) {
        List<String> names = parties.stream()
                .map(p -> p.name() != null ? p.name() + " (" + p.actorId() + ")" : p.actorId()).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /**
     * A signing not before {@code notBefore} (the proposal, if its date is known); its sources are named at
     * {@code sourcesAt} ({@code sources} for a signing of its own, {@code signed.sources} within a new agreement).
     */
    static void signing(Rules rules, Signing signing, LocalDate today, PartialDate notBefore, String sourcesAt) {
        if (signing.signedOn() == null && signing.signedNoLaterThan() != null) {
            LocalDate attested = signing.signedNoLaterThan();
            rules.require(!attested.isAfter(today), "signedNoLaterThan", "must not be in the future");
            rules.requirePlausible("signedNoLaterThan", attested);
            DateChecks.notBefore(rules, "signedNoLaterThan", PartialDate.of(attested), notBefore, "the proposal");
        } else {
            rules.require(signing.signedNoLaterThan() == null, "signedNoLaterThan",
                    "must not be given with signedOn: give the date if it is known, otherwise the latest day it can be");
            Checks.pastDate(rules, "signedOn", signing.signedOn(), today, notBefore, "the proposal");
        }
        PartialDate signedBy = signing.signedOn() != null ? signing.signedOn() : PartialDate.of(signing.signedNoLaterThan());
        Checks.text(rules, "place", signing.place(), EngagementLimits.PLACE, false);
        rules.requirePlausible("validUntil", signing.validUntil());
        rules.require(signing.validUntil() == null || signedBy == null
                || signing.validUntil().isAfter(signedBy.firstDay()), "validUntil", "must be after the signing");
        Sources.check(rules, sourcesAt, signing.sources(), today);
    }

    static void renewal(Rules rules, RenewAgreement renew, LocalDate today, PartialDate lastChangedOn) {
        Checks.pastDate(rules, "renewedOn", renew.renewedOn(), today, lastChangedOn, "its last change");
        rules.requirePlausible("validUntil", renew.validUntil());
        rules.require(renew.validUntil() == null || renew.renewedOn() == null
                || renew.validUntil().isAfter(renew.renewedOn().firstDay()), "validUntil", "must be after renewedOn");
        Sources.check(rules, "sources", renew.sources(), today);
    }
}

package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
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

    private AgreementChecks() {
    }

    static void terms(Rules rules, Terms terms) {
        rules.require(terms.kind() != null, "kind", "is required");
        Checks.text(rules, "title", terms.title(), EngagementLimits.TITLE, true);
        Checks.actors(rules, "parties", terms.parties(), 2, EngagementLimits.PARTIES);
        Checks.fields(rules, terms.fields());
        if (terms.upgrades() != null && Checks.id(rules, "upgrades", terms.upgrades().id(), "an agreement id")) {
            rules.require(terms.upgrades().exists(), "upgrades", "no agreement " + terms.upgrades().id() + " is recorded");
        }
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

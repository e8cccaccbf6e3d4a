package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.eventsourcing.domain.Rules;

/** What an agreement command must give, apart from the state it finds: terms, signings and renewals. */
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

    static void signing(Rules rules, Signing signing, LocalDate today, LocalDate notBefore) {
        if (signing.signedOn() == null && signing.signedNoLaterThan() != null) {
            Checks.pastDate(rules, "signedNoLaterThan", signing.signedNoLaterThan(), today, notBefore, "the proposal");
        } else {
            rules.require(signing.signedNoLaterThan() == null, "signedNoLaterThan",
                    "must not be given with signedOn: give the day if it is known, otherwise the latest it can be");
            Checks.pastDate(rules, "signedOn", signing.signedOn(), today, notBefore, "the proposal");
        }
        LocalDate signedBy = signing.signedOn() != null ? signing.signedOn() : signing.signedNoLaterThan();
        Checks.text(rules, "place", signing.place(), EngagementLimits.PLACE, false);
        rules.requirePlausible("validUntil", signing.validUntil());
        rules.require(signing.validUntil() == null || signedBy == null || signing.validUntil().isAfter(signedBy),
                "validUntil", "must be after the signing");
    }

    static void renewal(Rules rules, RenewAgreement renew, LocalDate today, LocalDate lastChangedOn) {
        Checks.pastDate(rules, "renewedOn", renew.renewedOn(), today, lastChangedOn, "its last change");
        rules.requirePlausible("validUntil", renew.validUntil());
        rules.require(renew.validUntil() == null || renew.renewedOn() == null
                || renew.validUntil().isAfter(renew.renewedOn()), "validUntil", "must be after renewedOn");
    }
}

package org.paradiplomacy.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.CONCEPCION;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.DECIDER;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.PARTIES;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.PROPOSED;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.PROPOSED_ON;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.SIGNED;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.SIGNED_ON;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.WUHAN;
import static org.paradiplomacy.agreements.agreement.AgreementDeciderTest.day;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SupersedeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.agreement.AgreementCommand.WithdrawAgreement;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSuperseded;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSuspended;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementWithdrawn;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** Upgrades, supersession and withdrawal of agreements, given/when/then. */
class AgreementUpgradeDeciderTest {

    static final List<ActorSnapshot> WUHAN_AND_CONCEPCION = List.of(
            new ActorSnapshot("wuhan", "Wuhan", "city", "CN", "CN-HB"),
            new ActorSnapshot("concepcion", "Concepción", "city", "CL", "CL-BI"));

    static UpgradeRef letterOfIntent(AgreementStatus status) {
        return new UpgradeRef("loi", true, WUHAN_AND_CONCEPCION, status, false, null, null);
    }

    static Terms mou(UpgradeRef upgrades) {
        return new Terms(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "MoU", List.of(WUHAN, CONCEPCION), null, upgrades);
    }

    @Test
    void anUpgradeNamesASignedAgreementBetweenTheSameSetOfParties() {
        assertThat(given(DECIDER).when(new ProposeAgreement("a", mou(letterOfIntent(AgreementStatus.SIGNED)), PROPOSED_ON))
                .events()).singleElement().extracting(e -> ((AgreementEvent.AgreementProposed) e).upgrades()).isEqualTo("loi");
        Terms reversed = new Terms(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "MoU", List.of(CONCEPCION, WUHAN), null,
                letterOfIntent(AgreementStatus.SUSPENDED));
        assertThat(given(DECIDER).when(new ProposeAgreement("a", reversed, PROPOSED_ON)).events())
                .as("the same set in another order; a suspended one too").hasSize(1);

        UpgradeRef otherParties = new UpgradeRef("loi", true, List.of(WUHAN_AND_CONCEPCION.getFirst(),
                new ActorSnapshot("lima", "Lima", "city", "PE", "PE-LIM")), AgreementStatus.SIGNED, false, null, null);
        assertThat(given(DECIDER).when(new ProposeAgreement("a", mou(otherParties), PROPOSED_ON)).refusals())
                .extracting(FieldError::field, FieldError::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "upgrades", "agreement loi is between Wuhan (wuhan) and Lima (lima): an upgrade is between the same parties"));
        Terms threeParties = new Terms(AgreementKind.COOPERATION, "x", List.of(WUHAN, CONCEPCION,
                new ActorRef("lima", true, false)), null, letterOfIntent(AgreementStatus.SIGNED));
        assertThat(given(DECIDER).when(new ProposeAgreement("a", threeParties, PROPOSED_ON)).refusedFields())
                .as("a superset is another set").containsExactly("upgrades");
    }

    @Test
    void anUpgradeCannotNameItselfNorAMissingWithdrawnOrUnsignedAgreement() {
        assertThat(given(DECIDER).when(new ProposeAgreement("loi", mou(letterOfIntent(AgreementStatus.SIGNED)), PROPOSED_ON))
                .refusals()).extracting(FieldError::message).containsExactly("an agreement cannot upgrade itself");
        assertThat(given(DECIDER).when(new ProposeAgreement("a", mou(new UpgradeRef("gone", false)), PROPOSED_ON))
                .refusals()).extracting(FieldError::message).containsExactly("no agreement gone is recorded");
        UpgradeRef withdrawn = new UpgradeRef("loi", true, WUHAN_AND_CONCEPCION, AgreementStatus.SIGNED, true, null, null);
        assertThat(given(DECIDER).when(new ProposeAgreement("a", mou(withdrawn), PROPOSED_ON)).refusals())
                .extracting(FieldError::message).containsExactly("agreement loi was withdrawn (recorded in error) and cannot be upgraded");
        for (AgreementStatus status : List.of(AgreementStatus.PROPOSED, AgreementStatus.TERMINATED, AgreementStatus.EXPIRED)) {
            assertThat(given(DECIDER).when(new ProposeAgreement("a", mou(letterOfIntent(status)), PROPOSED_ON)).refusals())
                    .extracting(FieldError::message).containsExactly("agreement loi is " + status
                            + ": only a signed agreement (in force or suspended) can be upgraded");
        }
    }

    @Test
    void anAgreementAlreadySupersededOrUpgradedByAnotherIsAConflict() {
        UpgradeRef superseded = new UpgradeRef("loi", true, WUHAN_AND_CONCEPCION, AgreementStatus.SUPERSEDED, false, "b", "b");
        given(DECIDER).when(new ProposeAgreement("a", mou(superseded), PROPOSED_ON)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("already superseded by agreement b");
        UpgradeRef upgraded = new UpgradeRef("loi", true, WUHAN_AND_CONCEPCION, AgreementStatus.SIGNED, false, null, "b");
        given(DECIDER).when(new RecordSignedAgreement("a", mou(upgraded), null, Signing.on(SIGNED_ON, null, null)))
                .thenFails().isInstanceOf(StateConflict.class).hasMessageContaining("already upgraded by agreement b");
    }

    @Test
    void theUpgradesSigningSupersedesTheAgreementFromItsDate() {
        Source news = new Source("MoU signed", null, null, null, null, null, null);
        PartialDate mouSigned = PartialDate.parse("2019-05");
        AgreementSuperseded superseded = new AgreementSuperseded("a", "mou", mouSigned, PARTIES, List.of(news));
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new SupersedeAgreement("mou", mouSigned, List.of(news),
                "signedOn", null)).events()).containsExactly(superseded);
        AgreementSuspended suspended = new AgreementSuspended("a", PARTIES, day(2018, 1, 1), null, null);
        assertThat(given(DECIDER, PROPOSED, SIGNED, suspended).when(new SupersedeAgreement("mou", mouSigned)).events())
                .hasSize(1);

        Agreement state = DECIDER.fold(null, List.of(PROPOSED, SIGNED, superseded));
        assertThat(state.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(state.supersededBy()).isEqualTo("mou");
        assertThat(state.supersededOn()).isEqualTo(mouSigned);
        assertThat(state.active()).isFalse();
        assertThat(state.sources()).containsExactly(news);
        assertThat(superseded.effectiveOn()).as("counted as of the upgrade's signing").isEqualTo(mouSigned);
    }

    @Test
    void aSupersededAgreementTakesNoLifecycleStepAndIsSupersededOnce() {
        AgreementSuperseded superseded = new AgreementSuperseded("a", "mou", day(2019, 5, 9), PARTIES, null);
        given(DECIDER, PROPOSED, SIGNED, superseded).when(new SupersedeAgreement("other", day(2020, 1, 1))).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("already superseded by agreement mou");
        given(DECIDER, PROPOSED, SIGNED, superseded).when(new RenewAgreement(day(2020, 1, 1), null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is superseded and cannot be renewed");
        given(DECIDER, PROPOSED, SIGNED, superseded).when(new TerminateAgreement(day(2020, 1, 1), "x")).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER, PROPOSED).when(new SupersedeAgreement("mou", day(2019, 5, 9))).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is proposed and cannot be upgraded");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new SupersedeAgreement("mou", day(2015, 1, 1), null,
                "signed.signedOn", null)).refusals()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signed.signedOn",
                        "must not be before the last change of the agreement it upgrades (2016-04-07)"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndEndsEveryFurtherCommand() {
        AgreementWithdrawn withdrawn = new AgreementWithdrawn("a", "recorded twice", PARTIES, null);
        given(DECIDER, PROPOSED, SIGNED).when(new WithdrawAgreement(" recorded twice ")).then(withdrawn);
        given(DECIDER, PROPOSED).when(new WithdrawAgreement("recorded twice")).then(withdrawn);
        AgreementTerminated terminated = new AgreementTerminated("a", PARTIES, day(2022, 1, 1), "ended", null);
        assertThat(given(DECIDER, PROPOSED, SIGNED, terminated).when(new WithdrawAgreement("x")).events())
                .as("an ended agreement can be withdrawn too").hasSize(1);
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new WithdrawAgreement(" ")).refusedFields()).containsExactly("reason");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new WithdrawAgreement("x".repeat(1001))).refusals())
                .extracting(FieldError::message).containsExactly("must be at most 1000 characters");

        Agreement state = DECIDER.fold(null, List.of(PROPOSED, SIGNED, withdrawn));
        assertThat(state.withdrawn()).isTrue();
        assertThat(state.status()).as("its status stays as it was").isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.active()).isFalse();
        given(DECIDER, PROPOSED, SIGNED, withdrawn).when(new WithdrawAgreement("again")).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("was withdrawn");
        given(DECIDER, PROPOSED, SIGNED, withdrawn).when(new SuspendAgreement(day(2020, 1, 1), null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("takes no further command");
        given(DECIDER, PROPOSED, SIGNED, withdrawn).when(new SupersedeAgreement("mou", day(2020, 1, 1))).thenFails()
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void anUpgradeThatSupersededAnotherCannotBeWithdrawn() {
        given(DECIDER, PROPOSED, SIGNED).when(new WithdrawAgreement("x", null, "loi", null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("superseded agreement loi");
    }
}

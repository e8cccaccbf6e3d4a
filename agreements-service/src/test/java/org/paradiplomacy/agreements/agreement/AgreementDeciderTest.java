package org.paradiplomacy.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.TODAY;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ExpireAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ReinstateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SignAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementExpired;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementReinstated;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementRenewed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigningAttested;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSuspended;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/** The life of an agreement, given/when/then. */
class AgreementDeciderTest {

    static final AgreementDecider DECIDER = new AgreementDecider(CLOCK);
    static final ActorRef WUHAN = new ActorRef("wuhan", true, false);
    static final ActorRef CONCEPCION = new ActorRef("concepcion", true, false);
    static final Terms TERMS = new Terms(AgreementKind.SISTER_CITY, "Wuhan–Concepción", List.of(WUHAN, CONCEPCION),
            List.of(CooperationField.CULTURE, CooperationField.TRADE, CooperationField.CULTURE), null);
    static final LocalDate PROPOSED_ON = LocalDate.of(2016, 1, 15);
    static final LocalDate SIGNED_ON = LocalDate.of(2016, 4, 7);
    static final AgreementProposed PROPOSED = new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción",
            List.of("wuhan", "concepcion"), List.of(CooperationField.CULTURE, CooperationField.TRADE), null, PROPOSED_ON);
    static final AgreementSigned SIGNED = new AgreementSigned("a", SIGNED_ON, "Wuhan", null);

    @Test
    void aProposalNeedsTwoDistinctKnownUnretiredParties() {
        given(DECIDER).when(new ProposeAgreement("a", TERMS, PROPOSED_ON)).then(PROPOSED);
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x", List.of(WUHAN), null, null),
                PROPOSED_ON)).refusedFields()).containsExactly("parties");
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x",
                List.of(WUHAN, WUHAN), null, null), PROPOSED_ON)).refusedFields()).containsExactly("parties[1]");
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x",
                List.of(WUHAN, ActorRef.unknown("ghost"), new ActorRef("old", true, true)), null, null), PROPOSED_ON)).refusedFields())
                .containsExactly("parties[1]", "parties[2]");
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(null, " ", null, null, null), null)).refusedFields())
                .containsExactlyInAnyOrder("kind", "title", "parties", "proposedOn");
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x", List.of(WUHAN, CONCEPCION),
                null, new UpgradeRef("gone", false)), PROPOSED_ON)).refusedFields()).containsExactly("upgrades");
    }

    @Test
    void anAgreementCanBeRecordedAsSignedOnAPastDate() {
        given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, Signing.on(SIGNED_ON, "Wuhan", null))).then(new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción", List.of("wuhan", "concepcion"),
                        List.of(CooperationField.CULTURE, CooperationField.TRADE), null, null), SIGNED);
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, Signing.on(TODAY.plusDays(1), null, null))).refusedFields())
                .containsExactly("signedOn");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, SIGNED_ON, Signing.on(PROPOSED_ON, null, null))).refusedFields())
                .containsExactly("signedOn");
    }

    @Test
    void aSigningWhoseDayIsUnknownIsAttestedNoLaterThanTheSourcesDay() {
        LocalDate attested = LocalDate.of(2026, 11, 1);
        List<AgreementEvent> events = given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null,
                new Signing(null, attested, null, null))).events();
        assertThat(events).last().isEqualTo(new AgreementSigningAttested("a", attested, null, null));
        Agreement agreement = DECIDER.fold(null, events);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.signedOn()).isNull();
        assertThat(agreement.signedNoLaterThan()).isEqualTo(attested);

        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(SIGNED_ON, attested, null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(null, null, null, null))).refusedFields())
                .containsExactly("signedOn");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(null, TODAY.plusDays(1), null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(new Signing(null, PROPOSED_ON.minusDays(1), null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(new Signing(null, attested, null, attested))).refusedFields())
                .containsExactly("validUntil");
        assertThat(given(DECIDER, events.toArray(AgreementEvent[]::new)).when(new TerminateAgreement(attested.minusDays(1), "ended")).refusedFields())
                .as("it cannot end before the day it is attested").containsExactly("terminatedOn");
    }

    @Test
    void signingFollowsTheProposalAndHappensOnce() {
        given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(SIGNED_ON, "Wuhan", null))).then(SIGNED);
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(PROPOSED_ON.minusDays(1), null, null))).refusedFields()).containsExactly("signedOn");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(TODAY.plusDays(1), null, null))).refusedFields()).containsExactly("signedOn");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(SIGNED_ON, null, SIGNED_ON))).refusedFields()).containsExactly("validUntil");
        given(DECIDER, PROPOSED, SIGNED).when(new SignAgreement(Signing.on(SIGNED_ON, null, null))).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is signed and cannot be signed");
    }

    @Test
    void aSignedAgreementIsRenewedSuspendedReinstatedAndEnded() {
        LocalDate renewed = LocalDate.of(2021, 4, 7);
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new RenewAgreement(renewed, LocalDate.of(2026, 4, 7))).events())
                .containsExactly(new AgreementRenewed("a", renewed, LocalDate.of(2026, 4, 7)));
        AgreementSuspended suspended = new AgreementSuspended("a", LocalDate.of(2020, 3, 1), "pandemic");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new SuspendAgreement(LocalDate.of(2020, 3, 1), " pandemic ")).events())
                .containsExactly(suspended);
        assertThat(given(DECIDER, PROPOSED, SIGNED, suspended).when(new ReinstateAgreement(LocalDate.of(2023, 1, 1))).events())
                .containsExactly(new AgreementReinstated("a", LocalDate.of(2023, 1, 1)));
        assertThat(given(DECIDER, PROPOSED, SIGNED, suspended).when(new ReinstateAgreement(LocalDate.of(2019, 1, 1))).refusedFields())
                .containsExactly("reinstatedOn");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new TerminateAgreement(LocalDate.of(2022, 1, 1), "replaced")).events())
                .containsExactly(new AgreementTerminated("a", LocalDate.of(2022, 1, 1), "replaced"));
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new TerminateAgreement(LocalDate.of(2022, 1, 1), null)).refusedFields())
                .containsExactly("reason");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new ExpireAgreement(LocalDate.of(2021, 4, 6))).events())
                .containsExactly(new AgreementExpired("a", LocalDate.of(2021, 4, 6)));
    }

    @Test
    void illegalStepsAreConflicts() {
        AgreementTerminated terminated = new AgreementTerminated("a", LocalDate.of(2022, 1, 1), "replaced");
        given(DECIDER, PROPOSED, SIGNED, terminated).when(new TerminateAgreement(LocalDate.of(2023, 1, 1), "again")).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is terminated and cannot be terminated");
        given(DECIDER, PROPOSED).when(new RenewAgreement(LocalDate.of(2021, 1, 1), null)).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER, PROPOSED, SIGNED).when(new ReinstateAgreement(LocalDate.of(2021, 1, 1))).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER, PROPOSED).when(new ProposeAgreement("a", TERMS, PROPOSED_ON)).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER).when(new SignAgreement(Signing.on(SIGNED_ON, null, null))).thenFails().isInstanceOf(NotFound.class);
    }

    @Test
    void theStateFollowsTheLifecycle() {
        Agreement agreement = DECIDER.fold(null, List.of(PROPOSED, SIGNED,
                new AgreementSuspended("a", LocalDate.of(2020, 3, 1), null)));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(agreement.signedOn()).isEqualTo(SIGNED_ON);
        assertThat(agreement.lastChangedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
    }
}

package org.paradiplomacy.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.domain.AgreementCommand.ExpireAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.ReinstateAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.SignAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Signing;
import org.paradiplomacy.agreements.domain.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Terms;
import org.paradiplomacy.agreements.domain.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementExpired;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementReinstated;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementRenewed;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSigningAttested;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSuspended;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

class AgreementDeciderTest {

    static final AgreementDecider DECIDER = new AgreementDecider(
            Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final ActorRef WUHAN = new ActorRef("wuhan", true, false);
    static final ActorRef CONCEPCION = new ActorRef("concepcion", true, false);
    static final Terms TERMS = new Terms(AgreementKind.SISTER_CITY, "Wuhan–Concepción", List.of(WUHAN, CONCEPCION),
            List.of(CooperationField.CULTURE, CooperationField.TRADE, CooperationField.CULTURE), null);
    static final LocalDate PROPOSED_ON = LocalDate.of(2016, 1, 15);
    static final LocalDate SIGNED_ON = LocalDate.of(2016, 4, 7);
    static final AgreementProposed PROPOSED = new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción",
            List.of("wuhan", "concepcion"), List.of(CooperationField.CULTURE, CooperationField.TRADE), null, PROPOSED_ON);
    static final AgreementSigned SIGNED = new AgreementSigned("a", SIGNED_ON, "Wuhan", null);

    static List<AgreementEvent> decide(AgreementCommand command, AgreementEvent... history) {
        return DECIDER.decide(command, DECIDER.fold(null, Arrays.asList(history)));
    }

    static List<String> refused(AgreementCommand command, AgreementEvent... history) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> decide(command, history));
        assertThat(violation).as("refused with 422").isNotNull();
        return violation.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aProposalNeedsTwoDistinctKnownUnretiredParties() {
        assertThat(decide(new ProposeAgreement("a", TERMS, PROPOSED_ON))).containsExactly(PROPOSED);
        assertThat(refused(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x", List.of(WUHAN), null, null),
                PROPOSED_ON))).containsExactly("parties");
        assertThat(refused(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x",
                List.of(WUHAN, WUHAN), null, null), PROPOSED_ON))).containsExactly("parties[1]");
        assertThat(refused(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x",
                List.of(WUHAN, ActorRef.unknown("ghost"), new ActorRef("old", true, true)), null, null), PROPOSED_ON)))
                .containsExactly("parties[1]", "parties[2]");
        assertThat(refused(new ProposeAgreement("a", new Terms(null, " ", null, null, null), null)))
                .containsExactlyInAnyOrder("kind", "title", "parties", "proposedOn");
        assertThat(refused(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION, "x", List.of(WUHAN, CONCEPCION),
                null, new UpgradeRef("gone", false)), PROPOSED_ON))).containsExactly("upgrades");
    }

    @Test
    void anAgreementCanBeRecordedAsSignedOnAPastDate() {
        assertThat(decide(new RecordSignedAgreement("a", TERMS, null, Signing.on(SIGNED_ON, "Wuhan", null)))).containsExactly(
                new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción", List.of("wuhan", "concepcion"),
                        List.of(CooperationField.CULTURE, CooperationField.TRADE), null, null), SIGNED);
        assertThat(refused(new RecordSignedAgreement("a", TERMS, null, Signing.on(TODAY.plusDays(1), null, null))))
                .containsExactly("signedOn");
        assertThat(refused(new RecordSignedAgreement("a", TERMS, SIGNED_ON, Signing.on(PROPOSED_ON, null, null))))
                .containsExactly("signedOn");
    }

    @Test
    void aSigningWhoseDayIsUnknownIsAttestedNoLaterThanTheSourcesDay() {
        LocalDate attested = LocalDate.of(2026, 11, 1);
        List<AgreementEvent> events = decide(new RecordSignedAgreement("a", TERMS, null,
                new Signing(null, attested, null, null)));
        assertThat(events).last().isEqualTo(new AgreementSigningAttested("a", attested, null, null));
        Agreement agreement = DECIDER.fold(null, events);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.signedOn()).isNull();
        assertThat(agreement.signedNoLaterThan()).isEqualTo(attested);

        assertThat(refused(new RecordSignedAgreement("a", TERMS, null, new Signing(SIGNED_ON, attested, null, null))))
                .containsExactly("signedNoLaterThan");
        assertThat(refused(new RecordSignedAgreement("a", TERMS, null, new Signing(null, null, null, null))))
                .containsExactly("signedOn");
        assertThat(refused(new RecordSignedAgreement("a", TERMS, null, new Signing(null, TODAY.plusDays(1), null, null))))
                .containsExactly("signedNoLaterThan");
        assertThat(refused(new SignAgreement(new Signing(null, PROPOSED_ON.minusDays(1), null, null)), PROPOSED))
                .containsExactly("signedNoLaterThan");
        assertThat(refused(new SignAgreement(new Signing(null, attested, null, attested)), PROPOSED))
                .containsExactly("validUntil");
        assertThat(refused(new TerminateAgreement(attested.minusDays(1), "ended"), events.toArray(AgreementEvent[]::new)))
                .as("it cannot end before the day it is attested").containsExactly("terminatedOn");
    }

    @Test
    void signingFollowsTheProposalAndHappensOnce() {
        assertThat(decide(new SignAgreement(Signing.on(SIGNED_ON, "Wuhan", null)), PROPOSED)).containsExactly(SIGNED);
        assertThat(refused(new SignAgreement(Signing.on(PROPOSED_ON.minusDays(1), null, null)), PROPOSED)).containsExactly("signedOn");
        assertThat(refused(new SignAgreement(Signing.on(TODAY.plusDays(1), null, null)), PROPOSED)).containsExactly("signedOn");
        assertThat(refused(new SignAgreement(Signing.on(SIGNED_ON, null, SIGNED_ON)), PROPOSED)).containsExactly("validUntil");
        assertThatThrownBy(() -> decide(new SignAgreement(Signing.on(SIGNED_ON, null, null)), PROPOSED, SIGNED))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is signed and cannot be signed");
    }

    @Test
    void aSignedAgreementIsRenewedSuspendedReinstatedAndEnded() {
        LocalDate renewed = LocalDate.of(2021, 4, 7);
        assertThat(decide(new RenewAgreement(renewed, LocalDate.of(2026, 4, 7)), PROPOSED, SIGNED))
                .containsExactly(new AgreementRenewed("a", renewed, LocalDate.of(2026, 4, 7)));
        AgreementSuspended suspended = new AgreementSuspended("a", LocalDate.of(2020, 3, 1), "pandemic");
        assertThat(decide(new SuspendAgreement(LocalDate.of(2020, 3, 1), " pandemic "), PROPOSED, SIGNED))
                .containsExactly(suspended);
        assertThat(decide(new ReinstateAgreement(LocalDate.of(2023, 1, 1)), PROPOSED, SIGNED, suspended))
                .containsExactly(new AgreementReinstated("a", LocalDate.of(2023, 1, 1)));
        assertThat(refused(new ReinstateAgreement(LocalDate.of(2019, 1, 1)), PROPOSED, SIGNED, suspended))
                .containsExactly("reinstatedOn");
        assertThat(decide(new TerminateAgreement(LocalDate.of(2022, 1, 1), "replaced"), PROPOSED, SIGNED))
                .containsExactly(new AgreementTerminated("a", LocalDate.of(2022, 1, 1), "replaced"));
        assertThat(refused(new TerminateAgreement(LocalDate.of(2022, 1, 1), null), PROPOSED, SIGNED))
                .containsExactly("reason");
        assertThat(decide(new ExpireAgreement(LocalDate.of(2021, 4, 6)), PROPOSED, SIGNED))
                .containsExactly(new AgreementExpired("a", LocalDate.of(2021, 4, 6)));
    }

    @Test
    void illegalStepsAreConflicts() {
        AgreementTerminated terminated = new AgreementTerminated("a", LocalDate.of(2022, 1, 1), "replaced");
        assertThatThrownBy(() -> decide(new TerminateAgreement(LocalDate.of(2023, 1, 1), "again"), PROPOSED, SIGNED, terminated))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is terminated and cannot be terminated");
        assertThatThrownBy(() -> decide(new RenewAgreement(LocalDate.of(2021, 1, 1), null), PROPOSED))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> decide(new ReinstateAgreement(LocalDate.of(2021, 1, 1)), PROPOSED, SIGNED))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> decide(new ProposeAgreement("a", TERMS, PROPOSED_ON), PROPOSED))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> decide(new SignAgreement(Signing.on(SIGNED_ON, null, null)))).isInstanceOf(NotFound.class);
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

package org.paradiplomacy.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.TODAY;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.time.LocalDate;
import java.util.Collections;
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
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** The life of an agreement, given/when/then. */
class AgreementDeciderTest {

    static final AgreementDecider DECIDER = new AgreementDecider(CLOCK);
    static final ActorRef WUHAN = new ActorRef("wuhan", true, false);
    static final ActorRef CONCEPCION = new ActorRef("concepcion", true, false);
    static final Terms TERMS = new Terms(AgreementKind.SISTER_CITY, "Wuhan–Concepción", List.of(WUHAN, CONCEPCION),
            List.of(CooperationField.CULTURE, CooperationField.TRADE, CooperationField.CULTURE), null);
    static final PartialDate PROPOSED_ON = day(2016, 1, 15);
    static final PartialDate SIGNED_ON = day(2016, 4, 7);
    static final List<ActorSnapshot> PARTIES = ActorSnapshot.unknown(List.of("wuhan", "concepcion"));
    static final AgreementProposed PROPOSED = new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción",
            PARTIES, List.of(CooperationField.CULTURE, CooperationField.TRADE), null, PROPOSED_ON, null);
    static final AgreementSigned SIGNED = new AgreementSigned("a", PARTIES, SIGNED_ON, "Wuhan", null, null);

    static PartialDate day(int year, int month, int dayOfMonth) {
        return PartialDate.of(LocalDate.of(year, month, dayOfMonth));
    }

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
        given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, Signing.on(SIGNED_ON, "Wuhan", null))).then(new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción", PARTIES,
                        List.of(CooperationField.CULTURE, CooperationField.TRADE), null, null, null), SIGNED);
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, Signing.on(PartialDate.of(TODAY.plusDays(1)), null, null))).refusedFields())
                .containsExactly("signedOn");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, SIGNED_ON, Signing.on(PROPOSED_ON, null, null))).refusedFields())
                .containsExactly("signedOn");
    }

    @Test
    void aSigningWhoseDayIsUnknownIsAttestedNoLaterThanTheSourcesDay() {
        LocalDate attested = LocalDate.of(2026, 11, 1);
        List<AgreementEvent> events = given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null,
                new Signing(null, attested, null, null, null))).events();
        assertThat(events).last().isEqualTo(new AgreementSigningAttested("a", PARTIES, attested, null, null, null));
        Agreement agreement = DECIDER.fold(null, events);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.signedOn()).isNull();
        assertThat(agreement.signedNoLaterThan()).isEqualTo(attested);

        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(SIGNED_ON, attested, null, null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(null, null, null, null, null))).refusedFields())
                .containsExactly("signedOn");
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, new Signing(null, TODAY.plusDays(1), null, null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(new Signing(null, PROPOSED_ON.firstDay().minusDays(1), null, null, null))).refusedFields())
                .containsExactly("signedNoLaterThan");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(new Signing(null, attested, null, attested, null))).refusedFields())
                .containsExactly("validUntil");
        assertThat(given(DECIDER, events.toArray(AgreementEvent[]::new)).when(new TerminateAgreement(PartialDate.of(attested.minusDays(1)), "ended")).refusedFields())
                .as("it cannot end before the day it is attested").containsExactly("terminatedOn");
    }

    @Test
    void signingFollowsTheProposalAndHappensOnce() {
        given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(SIGNED_ON, "Wuhan", null))).then(SIGNED);
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(PartialDate.of(PROPOSED_ON.firstDay().minusDays(1)), null, null))).refusedFields()).containsExactly("signedOn");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(PartialDate.of(TODAY.plusDays(1)), null, null))).refusedFields()).containsExactly("signedOn");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(Signing.on(SIGNED_ON, null, SIGNED_ON.firstDay()))).refusedFields()).containsExactly("validUntil");
        given(DECIDER, PROPOSED, SIGNED).when(new SignAgreement(Signing.on(SIGNED_ON, null, null))).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is signed and cannot be signed");
    }

    @Test
    void aSignedAgreementIsRenewedSuspendedReinstatedAndEnded() {
        PartialDate renewed = day(2021, 4, 7);
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new RenewAgreement(renewed, LocalDate.of(2026, 4, 7))).events())
                .containsExactly(new AgreementRenewed("a", PARTIES, renewed, LocalDate.of(2026, 4, 7), null));
        AgreementSuspended suspended = new AgreementSuspended("a", PARTIES, day(2020, 3, 1), "pandemic", null);
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new SuspendAgreement(day(2020, 3, 1), " pandemic ")).events())
                .containsExactly(suspended);
        assertThat(given(DECIDER, PROPOSED, SIGNED, suspended).when(new ReinstateAgreement(day(2023, 1, 1))).events())
                .containsExactly(new AgreementReinstated("a", PARTIES, day(2023, 1, 1), null));
        assertThat(given(DECIDER, PROPOSED, SIGNED, suspended).when(new ReinstateAgreement(day(2019, 1, 1))).refusedFields())
                .containsExactly("reinstatedOn");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new TerminateAgreement(day(2022, 1, 1), "replaced")).events())
                .containsExactly(new AgreementTerminated("a", PARTIES, day(2022, 1, 1), "replaced", null));
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new TerminateAgreement(day(2022, 1, 1), null)).refusedFields())
                .containsExactly("reason");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new ExpireAgreement(day(2021, 4, 6))).events())
                .containsExactly(new AgreementExpired("a", PARTIES, day(2021, 4, 6), null));
    }

    @Test
    void illegalStepsAreConflicts() {
        AgreementTerminated terminated = new AgreementTerminated("a", PARTIES, day(2022, 1, 1), "replaced", null);
        given(DECIDER, PROPOSED, SIGNED, terminated).when(new TerminateAgreement(day(2023, 1, 1), "again")).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("is terminated and cannot be terminated");
        given(DECIDER, PROPOSED).when(new RenewAgreement(day(2021, 1, 1), null)).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER, PROPOSED, SIGNED).when(new ReinstateAgreement(day(2021, 1, 1))).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER, PROPOSED).when(new ProposeAgreement("a", TERMS, PROPOSED_ON)).thenFails()
                .isInstanceOf(StateConflict.class);
        given(DECIDER).when(new SignAgreement(Signing.on(SIGNED_ON, null, null))).thenFails().isInstanceOf(NotFound.class);
    }

    @Test
    void theStateFollowsTheLifecycle() {
        Agreement agreement = DECIDER.fold(null, List.of(PROPOSED, SIGNED,
                new AgreementSuspended("a", PARTIES, day(2020, 3, 1), null, null)));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(agreement.signedOn()).isEqualTo(SIGNED_ON);
        assertThat(agreement.lastChangedOn()).isEqualTo(day(2020, 3, 1));
    }

    @Test
    void aStepMayNotWhollyPrecedeThePreviousOneNorLieWhollyInTheFuture() {
        AgreementProposed proposedOnADay = new AgreementProposed("a", AgreementKind.SISTER_CITY, "x", PARTIES, List.of(),
                null, day(2019, 3, 5), null);
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2018"), null, null)))
                .refusals()).extracting(FieldError::message).containsExactly("must not be before the proposal (2019-03-05)");
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2019"), null, null)))
                .events()).containsExactly(new AgreementSigned("a", PARTIES, PartialDate.parse("2019"), null, null, null));
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2019-03"), null, null)))
                .events()).hasSize(1);
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2027"), null, null)))
                .refusals()).extracting(FieldError::message).containsExactly("must not be in the future");
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2026"), null, null)))
                .events()).as("the current year has begun").hasSize(1);
        assertThat(given(DECIDER, proposedOnADay).when(new SignAgreement(Signing.on(PartialDate.parse("2026-12"), null, null)))
                .refusedFields()).as("a month that has not begun").containsExactly("signedOn");

        Agreement signedIn2019 = DECIDER.fold(null, List.of(proposedOnADay,
                new AgreementSigned("a", PARTIES, PartialDate.parse("2019"), null, null, null)));
        assertThat(signedIn2019.signedOn()).hasToString("2019");
        assertThat(given(DECIDER, proposedOnADay, new AgreementSigned("a", PARTIES, PartialDate.parse("2019"), null, null, null))
                .when(new TerminateAgreement(PartialDate.parse("2019-06"), "ended")).events()).hasSize(1);
        assertThat(given(DECIDER, proposedOnADay, new AgreementSigned("a", PARTIES, PartialDate.parse("2019"), null, null, null))
                .when(new TerminateAgreement(PartialDate.parse("2018-12"), "ended")).refusedFields()).containsExactly("terminatedOn");
    }

    @Test
    void everyStepCarriesItsSourcesAndTheRecordKeepsEachOnceInOrder() {
        Source list = new Source("Sister cities of Wuhan", "https://www.wuhan.gov.cn/sister-cities", null, null, null, "zh", null);
        Source news = new Source("Wuhan and Concepción become sister cities", null, "Diario Concepción",
                PartialDate.parse("2016-04"), LocalDate.of(2026, 11, 1), "es", null);
        List<AgreementEvent> events = given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, List.of(list),
                new Signing(PartialDate.parse("2016"), null, null, null, List.of(news, list)))).events();
        assertThat(events).containsExactly(
                new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción", PARTIES,
                        List.of(CooperationField.CULTURE, CooperationField.TRADE), null, null, List.of(list)),
                new AgreementSigned("a", PARTIES, PartialDate.parse("2016"), null, null, List.of(news, list)));
        assertThat(DECIDER.fold(null, events).sources()).containsExactly(list, news);

        Source nameless = new Source(" ", null, null, null, null, null, null);
        Source ftp = new Source("x", "ftp://example.org/", null, null, null, null, null);
        assertThat(given(DECIDER).when(new RecordSignedAgreement("a", TERMS, null, List.of(ftp),
                new Signing(PartialDate.parse("2016"), null, null, null, List.of(list, nameless)))).refusedFields())
                .containsExactly("sources[0].url", "signed.sources[1]");
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new TerminateAgreement(day(2022, 1, 1), "replaced",
                List.of(ftp), null)).refusedFields()).containsExactly("sources[0].url");
        assertThat(given(DECIDER, PROPOSED).when(new SignAgreement(new Signing(SIGNED_ON, null, null, null,
                Collections.nCopies(6, list)))).refusedFields()).containsExactly("sources");
    }

    @Test
    void aStepsEventCarriesThePartiesTheCommandBringsFromTheDirectory() {
        List<ActorSnapshot> known = List.of(new ActorSnapshot("wuhan", "Wuhan", "city", "CN", "CN-HB"),
                new ActorSnapshot("concepcion", "Concepción", "city", "CL", "CL-BI"));
        assertThat(given(DECIDER, PROPOSED, SIGNED).when(new ExpireAgreement(day(2021, 4, 6), null, known)).events())
                .containsExactly(new AgreementExpired("a", known, day(2021, 4, 6), null));
        ActorRef wuhan = new ActorRef("wuhan", true, false, known.get(0));
        ActorRef concepcion = new ActorRef("concepcion", true, false, known.get(1));
        assertThat(given(DECIDER).when(new ProposeAgreement("a", new Terms(AgreementKind.SISTER_CITY, "x",
                List.of(wuhan, concepcion), null, null), PROPOSED_ON)).events())
                .singleElement().extracting(e -> ((AgreementProposed) e).parties()).isEqualTo(known);
    }
}

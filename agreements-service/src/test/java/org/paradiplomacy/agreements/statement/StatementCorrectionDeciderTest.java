package org.paradiplomacy.agreements.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.given;
import static org.paradiplomacy.agreements.statement.StatementDeciderTest.BIOBIO;
import static org.paradiplomacy.agreements.statement.StatementDeciderTest.HUBEI;
import static org.paradiplomacy.agreements.statement.StatementDeciderTest.STATEMENTS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.statement.StatementCommand.CorrectStatement;
import org.paradiplomacy.agreements.statement.StatementCommand.WithdrawStatement;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementCorrected;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementWithdrawn;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** Statements corrected and withdrawn, given/when/then. */
class StatementCorrectionDeciderTest {

    static final PartialDate APRIL = PartialDate.parse("2016-04");
    static final StatementIssued ISSUED = new StatementIssued("s", ActorSnapshot.unknown("biobio"),
            List.of(ActorSnapshot.unknown("hubei")), APRIL, "Joint statement", null, null, null);
    static final Source PRESS = new Source("Joint statement", "https://example.org/s", null, null, null, null, null);

    @Test
    void aCorrectionGivesTheWholeCheckedLikeARecordingAndReplacesIt() {
        PartialDate day = PartialDate.parse("2016-04-25");
        StatementCorrected corrected = new StatementCorrected("s", ActorSnapshot.unknown("biobio"),
                List.of(ActorSnapshot.unknown("hubei")), day, "Joint statement", "https://example.org/s", null, null);
        given(STATEMENTS, ISSUED).when(new CorrectStatement(BIOBIO, List.of(HUBEI), day, "Joint statement",
                " https://example.org/s ", null, null)).then(corrected);
        Statement statement = STATEMENTS.fold(null, List.of(ISSUED, corrected));
        assertThat(statement.issuedOn()).isEqualTo(day);
        assertThat(statement.url()).isEqualTo("https://example.org/s");
        assertThat(given(STATEMENTS, ISSUED).when(new CorrectStatement(BIOBIO, List.of(BIOBIO), null, null, "ftp://x",
                null, null)).refusedFields()).containsExactlyInAnyOrder("about", "issuedOn", "title", "url");
    }

    @Test
    void aCorrectionThatChangesNothingAndBringsNoNewSourceRecordsNothing() {
        assertThat(given(STATEMENTS, ISSUED).when(new CorrectStatement(BIOBIO, List.of(HUBEI), APRIL,
                " Joint statement ", null, " ", null)).events()).isEmpty();
        assertThat(given(STATEMENTS, ISSUED).when(new CorrectStatement(BIOBIO, List.of(HUBEI), APRIL,
                "Joint statement", null, null, List.of(PRESS))).events()).hasSize(1);
    }

    @Test
    void aWithdrawnStatementTakesNoFurtherCommand() {
        StatementWithdrawn withdrawn = new StatementWithdrawn("s", "wrong issuer", List.of(PRESS));
        given(STATEMENTS, ISSUED).when(new WithdrawStatement("wrong issuer", List.of(PRESS))).then(withdrawn);
        assertThat(given(STATEMENTS, ISSUED).when(new WithdrawStatement(null, null)).refusedFields()).containsExactly("reason");
        Statement statement = STATEMENTS.fold(null, List.of(ISSUED, withdrawn));
        assertThat(statement.withdrawn()).isTrue();
        assertThat(statement.sources()).containsExactly(PRESS);
        given(STATEMENTS, ISSUED, withdrawn).when(new WithdrawStatement("again", null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("was withdrawn");
        given(STATEMENTS, ISSUED, withdrawn).when(new CorrectStatement(BIOBIO, List.of(HUBEI), APRIL, "x", null, null,
                null)).thenFails().isInstanceOf(StateConflict.class);
    }
}

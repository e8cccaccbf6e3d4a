package org.paradiplomacy.agreements.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.statement.StatementDecider.IssueStatement;
import org.paradiplomacy.provenance.PartialDate;

/** Statements, given/when/then. */
class StatementDeciderTest {

    static final StatementDecider STATEMENTS = new StatementDecider(CLOCK);
    static final ActorRef BIOBIO = new ActorRef("biobio", true, false);
    static final ActorRef HUBEI = new ActorRef("hubei", true, false);

    @Test
    void aStatementIsAboutCounterpartsNotItsIssuer() {
        assertThat(given(STATEMENTS).when(new IssueStatement("s", BIOBIO, List.of(HUBEI),
                PartialDate.parse("2015-10-12"), "Joint statement", "https://example.org/s", null)).events()).hasSize(1);
        assertThat(given(STATEMENTS).when(new IssueStatement("s", BIOBIO, List.of(BIOBIO), null, null,
                "ftp://x", null)).refusedFields()).containsExactlyInAnyOrder("about", "issuedOn", "title", "url");
    }
}

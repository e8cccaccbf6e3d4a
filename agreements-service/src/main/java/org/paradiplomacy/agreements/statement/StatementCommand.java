package org.paradiplomacy.agreements.statement;

import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.statement.StatementDecider.IssueStatement;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client asks of a statement; the actors it names come already looked up. */
public sealed interface StatementCommand permits IssueStatement, StatementCommand.CorrectStatement,
        StatementCommand.WithdrawStatement {

    /** A statement as a whole, as its recording or a correction gives it; both are checked alike. */
    interface Whole {

        ActorRef issuer();

        List<ActorRef> about();

        PartialDate issuedOn();

        String title();

        String url();

        String summary();

        List<Source> sources();
    }

    /** The corrected whole of a recorded statement, which replaces it from its start. */
    record CorrectStatement(ActorRef issuer, List<ActorRef> about, PartialDate issuedOn, String title, String url,
            String summary, List<Source> sources) implements StatementCommand, Whole {
    }

    /** The statement was recorded in error. */
    record WithdrawStatement(String reason, List<Source> sources) implements StatementCommand {
    }
}

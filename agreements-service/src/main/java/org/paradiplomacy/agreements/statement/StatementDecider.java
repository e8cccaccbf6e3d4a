package org.paradiplomacy.agreements.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * A statement is recorded once issued: a known issuer, the counterparts it is about, a date not wholly in the
 * future ({@link StatementChecks} checks them). Its event carries the actors as the directory knew them.
 */
public final class StatementDecider implements Decider<StatementDecider.IssueStatement, StatementEvent, Statement> {

    /** Records a statement that was issued. */
    public record IssueStatement(String statementId, ActorRef issuer, List<ActorRef> about, PartialDate issuedOn,
            String title, String url, String summary, List<Source> sources) {

        public IssueStatement(String statementId, ActorRef issuer, List<ActorRef> about, PartialDate issuedOn,
                String title, String url, String summary) {
            this(statementId, issuer, about, issuedOn, title, url, summary, null);
        }
    }

    private final Clock clock;

    public StatementDecider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Statement initialState() {
        return null;
    }

    @Override
    public List<StatementEvent> decide(IssueStatement command, Statement statement) {
        if (statement != null) {
            throw new StateConflict("Statement " + statement.id() + " is already recorded");
        }
        Rules rules = new Rules();
        StatementChecks.issued(rules, command, LocalDate.now(clock));
        rules.check();
        return List.of(new StatementIssued(command.statementId(), command.issuer().snapshot(),
                Checks.snapshots(command.about()), command.issuedOn(), Checks.strip(command.title()),
                Checks.strip(command.url()), Checks.strip(command.summary()), Sources.ofEvent(command.sources())));
    }

    @Override
    public Statement evolve(Statement statement, StatementEvent event) {
        return switch (event) {
            case StatementIssued e -> new Statement(e.statementId(), e.issuer().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.about())), e.issuedOn(), e.title(), e.url(), e.summary(),
                    Sources.merge(List.of(), e.sources()));
        };
    }
}

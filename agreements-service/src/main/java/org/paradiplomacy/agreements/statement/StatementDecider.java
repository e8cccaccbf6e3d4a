package org.paradiplomacy.agreements.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.WithdrawalChecks;
import org.paradiplomacy.agreements.statement.StatementCommand.CorrectStatement;
import org.paradiplomacy.agreements.statement.StatementCommand.WithdrawStatement;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementCorrected;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementWithdrawn;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * A statement is recorded once issued: a known issuer, the counterparts it is about, a date not wholly in the
 * future ({@link StatementChecks} checks them). A correction gives the whole again, checked alike, and replaces it
 * from its start; one that changes nothing and brings no new source records nothing. A withdrawal says it was
 * recorded in error; the statement then takes no further command. Its events carry the actors as the directory
 * knew them.
 */
public final class StatementDecider implements Decider<StatementCommand, StatementEvent, Statement> {

    /** Records a statement that was issued. */
    public record IssueStatement(String statementId, ActorRef issuer, List<ActorRef> about, PartialDate issuedOn,
            String title, String url, String summary, List<Source> sources)
            implements StatementCommand, StatementCommand.Whole {

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
    public List<StatementEvent> decide(StatementCommand command, Statement statement) {
        LocalDate today = LocalDate.now(clock);
        Rules rules = new Rules();
        return switch (command) {
            case IssueStatement issue -> {
                if (statement != null) {
                    throw new StateConflict("Statement " + statement.id() + " is already recorded");
                }
                StatementChecks.issued(rules, issue, today);
                rules.check();
                yield List.of(new StatementIssued(issue.statementId(), issue.issuer().snapshot(),
                        Checks.snapshots(issue.about()), issue.issuedOn(), Checks.strip(issue.title()),
                        Checks.strip(issue.url()), Checks.strip(issue.summary()), Sources.ofEvent(issue.sources())));
            }
            case CorrectStatement correct -> {
                requireRecorded(statement);
                CorrectStatement whole = alreadyNamedTolerated(correct, statement);
                StatementChecks.issued(rules, whole, today);
                rules.check();
                if (unchanged(whole, statement) && !Sources.addsTo(statement.sources(), whole.sources())) {
                    yield List.of();
                }
                yield List.of(new StatementCorrected(statement.id(), whole.issuer().snapshot(),
                        Checks.snapshots(whole.about()), whole.issuedOn(), Checks.strip(whole.title()),
                        Checks.strip(whole.url()), Checks.strip(whole.summary()), Sources.ofEvent(whole.sources())));
            }
            case WithdrawStatement withdraw -> {
                requireRecorded(statement);
                WithdrawalChecks.withdrawal(rules, withdraw.reason(), withdraw.sources(), today);
                rules.check();
                yield List.of(new StatementWithdrawn(statement.id(), Checks.strip(withdraw.reason()),
                        Sources.ofEvent(withdraw.sources())));
            }
        };
    }

    private static void requireRecorded(Statement statement) {
        if (statement == null) {
            throw new NotFound("No such statement is recorded");
        }
        WithdrawalChecks.notWithdrawn(statement.withdrawn(), "Statement", statement.id());
    }

    /** An actor the statement already names may have retired since: a correction may still name it. */
    private static CorrectStatement alreadyNamedTolerated(CorrectStatement c, Statement statement) {
        Set<String> named = new HashSet<>(statement.about());
        named.add(statement.issuer());
        return new CorrectStatement(tolerated(c.issuer(), named),
                c.about() == null ? null : c.about().stream().map(a -> tolerated(a, named)).toList(),
                c.issuedOn(), c.title(), c.url(), c.summary(), c.sources());
    }

    private static ActorRef tolerated(ActorRef actor, Set<String> named) {
        return actor != null && named.contains(actor.id()) ? actor.alreadyNamed() : actor;
    }

    private static boolean unchanged(CorrectStatement c, Statement statement) {
        return Objects.equals(c.issuer().id(), statement.issuer())
                && Checks.ids(c.about()).equals(statement.about())
                && Objects.equals(c.issuedOn(), statement.issuedOn())
                && Objects.equals(Checks.strip(c.title()), statement.title())
                && Objects.equals(Checks.strip(c.url()), statement.url())
                && Objects.equals(Checks.strip(c.summary()), statement.summary());
    }

    @Override
    public Statement evolve(Statement statement, StatementEvent event) {
        return switch (event) {
            case StatementIssued e -> new Statement(e.statementId(), e.issuer().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.about())), e.issuedOn(), e.title(), e.url(), e.summary(),
                    Sources.merge(List.of(), e.sources()), false);
            case StatementCorrected e -> new Statement(statement.id(), e.issuer().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.about())), e.issuedOn(), e.title(), e.url(), e.summary(),
                    Sources.merge(statement.sources(), e.sources()), statement.withdrawn());
            case StatementWithdrawn e -> new Statement(statement.id(), statement.issuer(), statement.about(),
                    statement.issuedOn(), statement.title(), statement.url(), statement.summary(),
                    Sources.merge(statement.sources(), e.sources()), true);
        };
    }
}

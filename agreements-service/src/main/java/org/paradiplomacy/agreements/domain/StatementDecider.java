package org.paradiplomacy.agreements.domain;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.domain.StatementEvent.StatementIssued;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/** A statement is recorded once issued: a known issuer, the counterparts it is about, a past date. */
public final class StatementDecider implements Decider<StatementDecider.IssueStatement, StatementEvent, Statement> {

    /** Records a statement that was issued. */
    public record IssueStatement(String statementId, ActorRef issuer, List<ActorRef> about, LocalDate issuedOn,
            String title, String url, String summary) {
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
        Checks.actor(rules, "issuer", command.issuer());
        Checks.actors(rules, "about", command.about(), 1, EngagementLimits.ABOUT);
        if (command.issuer() != null && command.about() != null) {
            rules.require(command.about().stream().noneMatch(a -> a != null && command.issuer().id().equals(a.id())),
                    "about", "a statement is about counterparts, not its issuer");
        }
        Checks.pastDate(rules, "issuedOn", command.issuedOn(), LocalDate.now(clock), null, null);
        Checks.text(rules, "title", command.title(), EngagementLimits.TITLE, true);
        Checks.text(rules, "summary", command.summary(), EngagementLimits.SUMMARY, false);
        if (command.url() != null && !command.url().isBlank()) {
            String url = command.url().strip();
            rules.require(url.length() <= EngagementLimits.URL, "url",
                    "must be at most " + EngagementLimits.URL + " characters");
            rules.require(url.length() > EngagementLimits.URL || isWebAddress(url), "url",
                    "must be an http or https address");
        }
        rules.check();
        return List.of(new StatementIssued(command.statementId(), command.issuer().id(), Checks.ids(command.about()),
                command.issuedOn(), Checks.strip(command.title()), Checks.strip(command.url()),
                Checks.strip(command.summary())));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Statement evolve(Statement statement, StatementEvent event) {
        return switch (event) {
            case StatementIssued e -> new Statement(e.statementId(), e.issuer(), List.copyOf(e.about()), e.issuedOn(),
                    e.title(), e.url(), e.summary());
        };
    }
}

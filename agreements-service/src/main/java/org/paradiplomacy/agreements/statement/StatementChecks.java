package org.paradiplomacy.agreements.statement;

import java.net.URI;
import java.time.LocalDate;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.statement.StatementCommand.Whole;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.Sources;

/**
 * What a statement recorded or corrected must give: a known issuer, counterparts other than it, a date not
 * wholly in the future, a web address, and its sources.
 */
final class StatementChecks {

    private StatementChecks() {
    }

    static void issued(Rules rules, Whole statement, LocalDate today) {
        Checks.actor(rules, "issuer", statement.issuer());
        Checks.actors(rules, "about", statement.about(), 1, EngagementLimits.ABOUT);
        if (statement.issuer() != null && statement.about() != null) {
            rules.require(statement.about().stream().noneMatch(a -> a != null && statement.issuer().id().equals(a.id())),
                    "about", "a statement is about counterparts, not its issuer");
        }
        Checks.pastDate(rules, "issuedOn", statement.issuedOn(), today, null, null);
        Checks.text(rules, "title", statement.title(), EngagementLimits.TITLE, true);
        Checks.text(rules, "summary", statement.summary(), EngagementLimits.SUMMARY, false);
        Sources.check(rules, "sources", statement.sources(), today);
        if (statement.url() != null && !statement.url().isBlank()) {
            String url = statement.url().strip();
            rules.require(url.length() <= EngagementLimits.URL, "url",
                    "must be at most " + EngagementLimits.URL + " characters");
            rules.require(url.length() > EngagementLimits.URL || isWebAddress(url), "url",
                    "must be an http or https address");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

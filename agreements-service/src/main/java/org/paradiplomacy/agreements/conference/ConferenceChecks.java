package org.paradiplomacy.agreements.conference;

import java.time.LocalDate;
import org.paradiplomacy.agreements.conference.ConferenceCommand.Whole;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.Sources;

/**
 * What a conference recorded or corrected must give: its texts, a known host, distinct known participants other
 * than the host, dates not wholly in the future (an end not wholly before the start), and its sources.
 */
final class ConferenceChecks {

    private ConferenceChecks() {
    }

    static void held(Rules rules, Whole conference, LocalDate today) {
        Checks.text(rules, "title", conference.title(), EngagementLimits.TITLE, true);
        Checks.text(rules, "series", conference.series(), EngagementLimits.TITLE, false);
        Checks.text(rules, "place", conference.place(), EngagementLimits.PLACE, false);
        Checks.actor(rules, "host", conference.host());
        Checks.actors(rules, "participants", conference.participants(), 1, EngagementLimits.PARTICIPANTS);
        String host = conference.host() == null ? null : conference.host().id();
        if (host != null && conference.participants() != null) {
            rules.require(conference.participants().stream().noneMatch(p -> p != null && host.equals(p.id())),
                    "participants", "must not include the host (" + host + "), which takes part as host");
        }
        Checks.pastDate(rules, "startsOn", conference.startsOn(), today, null, null);
        DateChecks.plausible(rules, "endsOn", conference.endsOn());
        DateChecks.notBefore(rules, "endsOn", conference.endsOn(), conference.startsOn(), "startsOn");
        Checks.fields(rules, conference.fields());
        Sources.check(rules, "sources", conference.sources(), today);
    }
}

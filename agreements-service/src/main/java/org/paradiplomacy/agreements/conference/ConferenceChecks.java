package org.paradiplomacy.agreements.conference;

import java.time.LocalDate;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.eventsourcing.domain.Rules;

/** What a conference recorded must give: its texts, a known host, distinct known participants, past days. */
final class ConferenceChecks {

    private ConferenceChecks() {
    }

    static void held(Rules rules, HoldConference conference, LocalDate today) {
        Checks.text(rules, "title", conference.title(), EngagementLimits.TITLE, true);
        Checks.text(rules, "series", conference.series(), EngagementLimits.TITLE, false);
        Checks.text(rules, "place", conference.place(), EngagementLimits.PLACE, false);
        Checks.actor(rules, "host", conference.host());
        Checks.actors(rules, "participants", conference.participants(), 1, EngagementLimits.PARTICIPANTS);
        Checks.pastDate(rules, "startsOn", conference.startsOn(), today, null, null);
        rules.requirePlausible("endsOn", conference.endsOn());
        rules.require(conference.endsOn() == null || conference.startsOn() == null
                || !conference.endsOn().isBefore(conference.startsOn()), "endsOn", "must not be before startsOn");
        Checks.fields(rules, conference.fields());
    }
}

package org.paradiplomacy.agreements.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.domain.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/** A conference is recorded once it has been held: a known host, distinct known participants, past dates. */
public final class ConferenceDecider implements Decider<ConferenceDecider.HoldConference, ConferenceEvent, Conference> {

    /** Records a conference that was held. */
    public record HoldConference(String conferenceId, String title, String series, ActorRef host,
            List<ActorRef> participants, LocalDate startsOn, LocalDate endsOn, String place,
            List<CooperationField> fields) {
    }

    private final Clock clock;

    public ConferenceDecider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Conference initialState() {
        return null;
    }

    @Override
    public List<ConferenceEvent> decide(HoldConference command, Conference conference) {
        if (conference != null) {
            throw new StateConflict("Conference " + conference.id() + " is already recorded");
        }
        Rules rules = new Rules();
        Checks.text(rules, "title", command.title(), EngagementLimits.TITLE, true);
        Checks.text(rules, "series", command.series(), EngagementLimits.TITLE, false);
        Checks.text(rules, "place", command.place(), EngagementLimits.PLACE, false);
        Checks.actor(rules, "host", command.host());
        Checks.actors(rules, "participants", command.participants(), 1, EngagementLimits.PARTICIPANTS);
        Checks.pastDate(rules, "startsOn", command.startsOn(), LocalDate.now(clock), null, null);
        rules.requirePlausible("endsOn", command.endsOn());
        rules.require(command.endsOn() == null || command.startsOn() == null
                || !command.endsOn().isBefore(command.startsOn()), "endsOn", "must not be before startsOn");
        Checks.fields(rules, command.fields());
        rules.check();
        return List.of(new ConferenceHeld(command.conferenceId(), Checks.strip(command.title()),
                Checks.strip(command.series()), command.host().id(), Checks.ids(command.participants()),
                command.startsOn(), command.endsOn(), Checks.strip(command.place()), Checks.distinct(command.fields())));
    }

    @Override
    public Conference evolve(Conference conference, ConferenceEvent event) {
        return switch (event) {
            case ConferenceHeld e -> new Conference(e.conferenceId(), e.title(), e.series(), e.host(),
                    List.copyOf(e.participants()), e.startsOn(), e.endsOn(), e.place(),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()));
        };
    }
}

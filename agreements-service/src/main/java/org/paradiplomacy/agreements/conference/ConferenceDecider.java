package org.paradiplomacy.agreements.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * A conference is recorded once it has been held: a known host, distinct known participants, dates not wholly in
 * the future ({@link ConferenceChecks} checks them). Its event carries the actors as the directory knew them.
 */
public final class ConferenceDecider implements Decider<ConferenceDecider.HoldConference, ConferenceEvent, Conference> {

    /** Records a conference that was held. */
    public record HoldConference(String conferenceId, String title, String series, ActorRef host,
            List<ActorRef> participants, PartialDate startsOn, PartialDate endsOn, String place,
            List<CooperationField> fields, List<Source> sources) {

        public HoldConference(String conferenceId, String title, String series, ActorRef host,
                List<ActorRef> participants, PartialDate startsOn, PartialDate endsOn, String place,
                List<CooperationField> fields) {
            this(conferenceId, title, series, host, participants, startsOn, endsOn, place, fields, null);
        }
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
        ConferenceChecks.held(rules, command, LocalDate.now(clock));
        rules.check();
        return List.of(new ConferenceHeld(command.conferenceId(), Checks.strip(command.title()),
                Checks.strip(command.series()), command.host().snapshot(), Checks.snapshots(command.participants()),
                command.startsOn(), command.endsOn(), Checks.strip(command.place()), Checks.distinct(command.fields()),
                Sources.ofEvent(command.sources())));
    }

    @Override
    public Conference evolve(Conference conference, ConferenceEvent event) {
        return switch (event) {
            case ConferenceHeld e -> new Conference(e.conferenceId(), e.title(), e.series(), e.host().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.participants())), e.startsOn(), e.endsOn(), e.place(),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()), Sources.merge(List.of(), e.sources()));
        };
    }
}

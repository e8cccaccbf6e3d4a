package org.paradiplomacy.agreements.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paradiplomacy.agreements.conference.ConferenceCommand.CorrectConference;
import org.paradiplomacy.agreements.conference.ConferenceCommand.WithdrawConference;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceCorrected;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceWithdrawn;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.WithdrawalChecks;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * A conference is recorded once it has been held: a known host, distinct known participants other than the host,
 * dates not wholly in the future ({@link ConferenceChecks} checks them). A correction gives the whole again,
 * checked alike, and replaces it from its start; one that changes nothing and brings no new source records
 * nothing. A withdrawal says it was recorded in error; the conference then takes no further command. Its events
 * carry the actors as the directory knew them.
 */
public final class ConferenceDecider implements Decider<ConferenceCommand, ConferenceEvent, Conference> {

    /** Records a conference that was held. */
    public record HoldConference(String conferenceId, String title, String series, ActorRef host,
            List<ActorRef> participants, PartialDate startsOn, PartialDate endsOn, String place,
            List<CooperationField> fields, List<Source> sources) implements ConferenceCommand, ConferenceCommand.Whole {

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
    public List<ConferenceEvent> decide(ConferenceCommand command, Conference conference) {
        LocalDate today = LocalDate.now(clock);
        Rules rules = new Rules();
        return switch (command) {
            case HoldConference hold -> {
                if (conference != null) {
                    throw new StateConflict("Conference " + conference.id() + " is already recorded");
                }
                ConferenceChecks.held(rules, hold, today);
                rules.check();
                yield List.of(new ConferenceHeld(hold.conferenceId(), Checks.strip(hold.title()),
                        Checks.strip(hold.series()), hold.host().snapshot(), Checks.snapshots(hold.participants()),
                        hold.startsOn(), hold.endsOn(), Checks.strip(hold.place()), Checks.distinct(hold.fields()),
                        Sources.ofEvent(hold.sources())));
            }
            case CorrectConference correct -> {
                requireRecorded(conference);
                CorrectConference whole = alreadyNamedTolerated(correct, conference);
                ConferenceChecks.held(rules, whole, today);
                rules.check();
                if (unchanged(whole, conference) && !Sources.addsTo(conference.sources(), whole.sources())) {
                    yield List.of();
                }
                yield List.of(new ConferenceCorrected(conference.id(), Checks.strip(whole.title()),
                        Checks.strip(whole.series()), whole.host().snapshot(), Checks.snapshots(whole.participants()),
                        whole.startsOn(), whole.endsOn(), Checks.strip(whole.place()), Checks.distinct(whole.fields()),
                        Sources.ofEvent(whole.sources())));
            }
            case WithdrawConference withdraw -> {
                requireRecorded(conference);
                WithdrawalChecks.withdrawal(rules, withdraw.reason(), withdraw.sources(), today);
                rules.check();
                yield List.of(new ConferenceWithdrawn(conference.id(), Checks.strip(withdraw.reason()),
                        Sources.ofEvent(withdraw.sources())));
            }
        };
    }

    private static void requireRecorded(Conference conference) {
        if (conference == null) {
            throw new NotFound("No such conference is recorded");
        }
        WithdrawalChecks.notWithdrawn(conference.withdrawn(), "Conference", conference.id());
    }

    /** An actor the conference already names may have retired since: a correction may still name it. */
    private static CorrectConference alreadyNamedTolerated(CorrectConference c, Conference conference) {
        Set<String> named = new HashSet<>(conference.participants());
        named.add(conference.host());
        return new CorrectConference(c.title(), c.series(), tolerated(c.host(), named),
                c.participants() == null ? null : c.participants().stream().map(p -> tolerated(p, named)).toList(),
                c.startsOn(), c.endsOn(), c.place(), c.fields(), c.sources());
    }

    private static ActorRef tolerated(ActorRef actor, Set<String> named) {
        return actor != null && named.contains(actor.id()) ? actor.alreadyNamed() : actor;
    }

    private static boolean unchanged(CorrectConference c, Conference conference) {
        return Objects.equals(Checks.strip(c.title()), conference.title())
                && Objects.equals(Checks.strip(c.series()), conference.series())
                && Objects.equals(c.host().id(), conference.host())
                && Checks.ids(c.participants()).equals(conference.participants())
                && Objects.equals(c.startsOn(), conference.startsOn())
                && Objects.equals(c.endsOn(), conference.endsOn())
                && Objects.equals(Checks.strip(c.place()), conference.place())
                && Checks.distinct(c.fields()).equals(conference.fields());
    }

    @Override
    public Conference evolve(Conference conference, ConferenceEvent event) {
        return switch (event) {
            case ConferenceHeld e -> new Conference(e.conferenceId(), e.title(), e.series(), e.host().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.participants())), e.startsOn(), e.endsOn(), e.place(),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()), Sources.merge(List.of(), e.sources()),
                    false);
            case ConferenceCorrected e -> new Conference(conference.id(), e.title(), e.series(), e.host().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.participants())), e.startsOn(), e.endsOn(), e.place(),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()),
                    Sources.merge(conference.sources(), e.sources()), conference.withdrawn());
            case ConferenceWithdrawn e -> new Conference(conference.id(), conference.title(), conference.series(),
                    conference.host(), conference.participants(), conference.startsOn(), conference.endsOn(),
                    conference.place(), conference.fields(), Sources.merge(conference.sources(), e.sources()), true);
        };
    }
}

package org.paradiplomacy.agreements.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.conference.ConferenceCommand.CorrectConference;
import org.paradiplomacy.agreements.conference.ConferenceCommand.WithdrawConference;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceCorrected;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceWithdrawn;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.EngagementLedger;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.EngagementReadModel;
import org.paradiplomacy.agreements.engagement.EngagementService;
import org.paradiplomacy.agreements.engagement.Projection;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.Upcasting;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.provenance.Source;

/** Records conferences that were held, their corrections and withdrawals. */
@ApplicationScoped
public class ConferenceService extends EngagementService<ConferenceCommand, ConferenceEvent, Conference> {

    public static final String STREAM_TYPE = "conference";

    private final ActorDirectory directory;

    public ConferenceService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        super(STREAM_TYPE, Conference.class, new EngagementLedger<>("conference", new EventSourcedRepository<>(store,
                STREAM_TYPE, new ConferenceDecider(clock), codec(clock)), readModel,
                metadata, ConferenceService::projection, event -> switch (event) {
                    case ConferenceHeld held -> held.startsOn();
                    case ConferenceCorrected corrected -> corrected.startsOn();
                    case ConferenceWithdrawn withdrawn -> null;
                }), readModel);
        this.directory = directory;
    }

    @Transactional
    public Recorded<Conference> hold(NewConference request) {
        String id = EngagementLedger.newId();
        return ledger().execute(id, OptionalLong.empty(), new HoldConference(id, request.title(), request.series(),
                directory.ref(request.host()),
                EngagementLedger.lookUp(request.participants(), EngagementLimits.PARTICIPANTS, directory::ref,
                        ActorRef::unknown),
                request.startsOn(), request.endsOn(), request.place(), request.fields(), request.sources()));
    }

    /** Replaces a recorded conference's whole from its start (with {@code If-Match}, only at that version). */
    @Transactional
    public Recorded<Conference> correct(String id, OptionalLong expectedVersion, NewConference request) {
        return ledger().execute(id, expectedVersion, new CorrectConference(request.title(), request.series(),
                directory.ref(request.host()),
                EngagementLedger.lookUp(request.participants(), EngagementLimits.PARTICIPANTS, directory::ref,
                        ActorRef::unknown),
                request.startsOn(), request.endsOn(), request.place(), request.fields(), request.sources()));
    }

    @Transactional
    public Recorded<Conference> withdraw(String id, OptionalLong expectedVersion, String reason, List<Source> sources) {
        return ledger().execute(id, expectedVersion, new WithdrawConference(reason, sources));
    }

    /** The codec of conference events, reading version 1. */
    public static EventCodec<ConferenceEvent> codec(Clock clock) {
        return new EventCodec<>(ConferenceEvent.class, clock,
                List.of(Upcasting.actorsOf("ConferenceHeld", "host", "participants")));
    }

    static Projection projection(Conference c) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("host", List.of(c.host())));
        participants.addAll(Projection.as("participant", c.participants()));
        return new Projection(STREAM_TYPE, c.series(), null, c.title(), c.startsOn(), c.endsOn(), c.fields(),
                participants, c.withdrawn(), null);
    }
}

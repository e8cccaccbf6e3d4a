package org.paradiplomacy.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.domain.ActorRef;
import org.paradiplomacy.agreements.domain.Conference;
import org.paradiplomacy.agreements.domain.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.domain.ConferenceDecider;
import org.paradiplomacy.agreements.domain.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.domain.ConferenceEvent;
import org.paradiplomacy.agreements.domain.EngagementLimits;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.agreements.readmodel.Projection;
import org.paradiplomacy.agreements.rest.model.ConferenceModel;
import org.paradiplomacy.agreements.rest.model.ConferenceRequest;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** Records conferences that were held. */
@ApplicationScoped
public class ConferenceService {

    public static final String STREAM_TYPE = "conference";

    private final EngagementLedger<HoldConference, ConferenceEvent, Conference, ConferenceModel> ledger;
    private final ActorDirectory directory;

    public ConferenceService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        this.ledger = new EngagementLedger<>("conference", new EventSourcedRepository<>(store, STREAM_TYPE,
                new ConferenceDecider(clock), new EventCodec<>(ConferenceEvent.class, clock)), readModel, metadata,
                ConferenceModel::of, ConferenceService::projection,
                event -> switch (event) {
                    case ConferenceHeld held -> held.startsOn();
                });
        this.directory = directory;
    }

    @Transactional
    public ConferenceModel hold(ConferenceRequest request) {
        String id = EngagementLedger.newId();
        return ledger.execute(id, OptionalLong.empty(), new HoldConference(id, request.title(), request.series(),
                directory.ref(request.host()),
                EngagementLedger.lookUp(request.participants(), EngagementLimits.PARTICIPANTS, directory::ref,
                        ActorRef::unknown),
                request.startsOn(), request.endsOn(), request.place(), request.fields()));
    }

    public ConferenceModel get(String id) {
        return ledger.get(id);
    }

    public ConferenceModel getAsOf(String id, LocalDate date) {
        return ledger.getAsOf(id, date);
    }

    public List<StoredEvent> history(String id) {
        return ledger.history(id);
    }

    static Projection projection(Conference c) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("host", List.of(c.host())));
        participants.addAll(Projection.as("participant", c.participants()));
        return new Projection(STREAM_TYPE, c.series(), null, c.title(), c.startsOn(), c.endsOn(), c.fields(),
                participants);
    }
}

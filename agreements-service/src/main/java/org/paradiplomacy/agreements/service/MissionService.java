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
import org.paradiplomacy.agreements.domain.EngagementLimits;
import org.paradiplomacy.agreements.domain.Mission;
import org.paradiplomacy.agreements.domain.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.domain.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.domain.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.domain.MissionCommand;
import org.paradiplomacy.agreements.domain.MissionDecider;
import org.paradiplomacy.agreements.domain.MissionEvent;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.agreements.readmodel.Projection;
import org.paradiplomacy.agreements.rest.model.CompletionRequest;
import org.paradiplomacy.agreements.rest.model.MissionModel;
import org.paradiplomacy.agreements.rest.model.MissionRequest;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** Runs the mission commands against the event store, the directory of actors and the read model. */
@ApplicationScoped
public class MissionService {

    public static final String STREAM_TYPE = "mission";

    private final EngagementLedger<MissionCommand, MissionEvent, Mission, MissionModel> ledger;
    private final ActorDirectory directory;
    private final AgreementService agreements;

    public MissionService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory, AgreementService agreements) {
        this.ledger = new EngagementLedger<>("mission", new EventSourcedRepository<>(store, STREAM_TYPE,
                new MissionDecider(clock), new EventCodec<>(MissionEvent.class, clock)), readModel, metadata,
                MissionModel::of, MissionService::projection, MissionEvent::effectiveOn);
        this.directory = directory;
        this.agreements = agreements;
    }

    @Transactional
    public MissionModel plan(MissionRequest request) {
        String id = EngagementLedger.newId();
        return ledger.execute(id, OptionalLong.empty(), new PlanMission(id, request.kind(),
                directory.ref(request.leader()),
                EngagementLedger.lookUp(request.hosts(), EngagementLimits.HOSTS, directory::ref, ActorRef::unknown),
                request.startsOn(), request.endsOn(), request.purpose(), request.fields()));
    }

    @Transactional
    public MissionModel complete(String id, OptionalLong expectedVersion, CompletionRequest request) {
        List<SignedAgreementRef> signed = EngagementLedger.lookUp(EngagementLedger.orEmpty(request.agreementsSigned()),
                EngagementLimits.AGREEMENTS_SIGNED, agreement -> new SignedAgreementRef(agreement, agreements.exists(agreement)),
                agreement -> new SignedAgreementRef(agreement, false));
        return ledger.execute(id, expectedVersion, new CompleteMission(request.completedOn(), request.outcomes(), signed));
    }

    @Transactional
    public MissionModel execute(String id, OptionalLong expectedVersion, MissionCommand command) {
        return ledger.execute(id, expectedVersion, command);
    }

    public MissionModel get(String id) {
        return ledger.get(id);
    }

    public MissionModel getAsOf(String id, LocalDate date) {
        return ledger.getAsOf(id, date);
    }

    public List<StoredEvent> history(String id) {
        return ledger.history(id);
    }

    static Projection projection(Mission m) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("leader", List.of(m.leader())));
        participants.addAll(Projection.as("host", m.hosts()));
        return new Projection(STREAM_TYPE, m.kind().toString(), m.status().toString(), m.purpose(), m.startsOn(),
                m.endsOn(), m.fields(), participants);
    }
}

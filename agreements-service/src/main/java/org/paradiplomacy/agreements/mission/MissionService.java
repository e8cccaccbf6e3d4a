package org.paradiplomacy.agreements.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.agreement.AgreementService;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.EngagementLedger;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.EngagementReadModel;
import org.paradiplomacy.agreements.engagement.EngagementService;
import org.paradiplomacy.agreements.engagement.Projection;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.Upcasting;
import org.paradiplomacy.agreements.mission.MissionCommand.Actors;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.aggregate.Upcaster;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;

/** Runs the mission commands against the event store, the directory of actors and the read model. */
@ApplicationScoped
public class MissionService extends EngagementService<MissionCommand, MissionEvent, Mission> {

    public static final String STREAM_TYPE = "mission";

    private final ActorDirectory directory;
    private final AgreementService agreements;

    public MissionService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory, AgreementService agreements) {
        super(STREAM_TYPE, Mission.class, new EngagementLedger<>("mission", new EventSourcedRepository<>(store,
                STREAM_TYPE, new MissionDecider(clock), codec(clock)), readModel,
                metadata, MissionService::projection, MissionEvent::effectiveOn), readModel);
        this.directory = directory;
        this.agreements = agreements;
    }

    @Transactional
    public Recorded<Mission> plan(NewMission request) {
        String id = EngagementLedger.newId();
        return ledger().execute(id, OptionalLong.empty(), new PlanMission(id, request.kind(),
                directory.ref(request.leader()),
                EngagementLedger.lookUp(request.hosts(), EngagementLimits.HOSTS, directory::ref, ActorRef::unknown),
                request.startsOn(), request.endsOn(), request.purpose(), request.fields(), request.sources()));
    }

    @Transactional
    public Recorded<Mission> complete(String id, OptionalLong expectedVersion, MissionCompletion request) {
        List<SignedAgreementRef> signed = EngagementLedger.lookUp(EngagementLedger.orEmpty(request.agreementsSigned()),
                EngagementLimits.AGREEMENTS_SIGNED, agreement -> new SignedAgreementRef(agreement, agreements.exists(agreement)),
                agreement -> new SignedAgreementRef(agreement, false));
        return execute(id, expectedVersion, new CompleteMission(request.completedOn(), request.outcomes(), signed,
                request.sources(), null));
    }

    /**
     * Runs a step of a planned mission, with its leader and hosts as the directory knows them now, which its event
     * carries. A mission's actors never change, so reading them before the step is safe.
     */
    @Transactional
    public Recorded<Mission> execute(String id, OptionalLong expectedVersion, MissionCommand.Step step) {
        Mission mission = ledger().get(id).state();
        Actors actors = new Actors(directory.ref(mission.leader()).snapshot(), directory.snapshots(mission.hosts()));
        return ledger().execute(id, expectedVersion, step.withActors(actors));
    }

    /** The codec of mission events, reading version 1 of each. */
    public static EventCodec<MissionEvent> codec(Clock clock) {
        List<Upcaster> upcasters = new ArrayList<>(List.of(Upcasting.actorsOf("MissionPlanned", "leader", "hosts")));
        upcasters.addAll(Upcasting.unchanged("MissionCompleted", "MissionCancelled"));
        return new EventCodec<>(MissionEvent.class, clock, upcasters);
    }

    static Projection projection(Mission m) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("leader", List.of(m.leader())));
        participants.addAll(Projection.as("host", m.hosts()));
        return new Projection(STREAM_TYPE, m.kind().toString(), m.status().toString(), m.purpose(), m.startsOn(),
                m.endsOn(), m.fields(), participants, m.withdrawn(), null);
    }
}

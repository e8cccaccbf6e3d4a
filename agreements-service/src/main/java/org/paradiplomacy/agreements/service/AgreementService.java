package org.paradiplomacy.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.domain.ActorRef;
import org.paradiplomacy.agreements.domain.Agreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Terms;
import org.paradiplomacy.agreements.domain.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.domain.AgreementCommand;
import org.paradiplomacy.agreements.domain.AgreementDecider;
import org.paradiplomacy.agreements.domain.AgreementEvent;
import org.paradiplomacy.agreements.domain.EngagementLimits;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.agreements.readmodel.Projection;
import org.paradiplomacy.agreements.rest.model.AgreementModel;
import org.paradiplomacy.agreements.rest.model.AgreementRequest;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** Runs the agreement commands against the event store, the directory of actors and the read model. */
@ApplicationScoped
public class AgreementService {

    public static final String STREAM_TYPE = "agreement";

    private final EngagementLedger<AgreementCommand, AgreementEvent, Agreement, AgreementModel> ledger;
    private final ActorDirectory directory;

    public AgreementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        this.ledger = new EngagementLedger<>("agreement", new EventSourcedRepository<>(store, STREAM_TYPE,
                new AgreementDecider(clock), new EventCodec<>(AgreementEvent.class, clock)), readModel, metadata,
                AgreementModel::of, AgreementService::projection, AgreementEvent::effectiveOn);
        this.directory = directory;
    }

    @Transactional
    public AgreementModel record(AgreementRequest request) {
        String id = EngagementLedger.newId();
        Terms terms = new Terms(request.kind(), request.title(),
                EngagementLedger.lookUp(EngagementLedger.orEmpty(request.parties()), EngagementLimits.PARTIES,
                        directory::ref, ActorRef::unknown), request.fields(),
                request.upgrades() == null ? null : new UpgradeRef(request.upgrades(), ledger.exists(request.upgrades())));
        AgreementCommand command = request.signed() == null
                ? new ProposeAgreement(id, terms, request.proposedOn())
                : new RecordSignedAgreement(id, terms, request.proposedOn(), request.signed().signing());
        return ledger.execute(id, OptionalLong.empty(), command);
    }

    @Transactional
    public AgreementModel execute(String id, OptionalLong expectedVersion, AgreementCommand command) {
        return ledger.execute(id, expectedVersion, command);
    }

    public boolean exists(String id) {
        return ledger.exists(id);
    }

    public AgreementModel get(String id) {
        return ledger.get(id);
    }

    public AgreementModel getAsOf(String id, LocalDate date) {
        return ledger.getAsOf(id, date);
    }

    public List<StoredEvent> history(String id) {
        return ledger.history(id);
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        return Arrays.stream(dates).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Projection projection(Agreement a) {
        return new Projection(STREAM_TYPE, a.kind().toString(), a.status().toString(), a.title(),
                firstNonNull(a.signedOn(), a.signedNoLaterThan(), a.proposedOn()), a.validUntil(), a.fields(),
                Projection.as("party", a.parties()));
    }
}

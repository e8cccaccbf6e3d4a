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
import org.paradiplomacy.agreements.domain.Statement;
import org.paradiplomacy.agreements.domain.StatementDecider.IssueStatement;
import org.paradiplomacy.agreements.domain.StatementDecider;
import org.paradiplomacy.agreements.domain.StatementEvent.StatementIssued;
import org.paradiplomacy.agreements.domain.StatementEvent;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.agreements.readmodel.Projection;
import org.paradiplomacy.agreements.rest.model.StatementModel;
import org.paradiplomacy.agreements.rest.model.StatementRequest;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** Records public statements that were issued. */
@ApplicationScoped
public class StatementService {

    public static final String STREAM_TYPE = "statement";

    private final EngagementLedger<IssueStatement, StatementEvent, Statement, StatementModel> ledger;
    private final ActorDirectory directory;

    public StatementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        this.ledger = new EngagementLedger<>("statement", new EventSourcedRepository<>(store, STREAM_TYPE,
                new StatementDecider(clock), new EventCodec<>(StatementEvent.class, clock)), readModel, metadata,
                StatementModel::of, StatementService::projection,
                event -> switch (event) {
                    case StatementIssued held -> held.issuedOn();
                });
        this.directory = directory;
    }

    @Transactional
    public StatementModel issue(StatementRequest request) {
        String id = EngagementLedger.newId();
        return ledger.execute(id, OptionalLong.empty(), new IssueStatement(id, directory.ref(request.issuer()),
                EngagementLedger.lookUp(request.about(), EngagementLimits.ABOUT, directory::ref, ActorRef::unknown),
                request.issuedOn(), request.title(), request.url(), request.summary()));
    }

    public StatementModel get(String id) {
        return ledger.get(id);
    }

    public StatementModel getAsOf(String id, LocalDate date) {
        return ledger.getAsOf(id, date);
    }

    public List<StoredEvent> history(String id) {
        return ledger.history(id);
    }

    static Projection projection(Statement s) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("issuer", List.of(s.issuer())));
        participants.addAll(Projection.as("subject", s.about()));
        return new Projection(STREAM_TYPE, null, null, s.title(), s.issuedOn(), null, List.of(), participants);
    }
}

package org.paradiplomacy.agreements.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.EngagementLedger;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.EngagementReadModel;
import org.paradiplomacy.agreements.engagement.EngagementService;
import org.paradiplomacy.agreements.engagement.Projection;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.Upcasting;
import org.paradiplomacy.agreements.statement.StatementDecider.IssueStatement;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;

/** Records public statements that were issued. */
@ApplicationScoped
public class StatementService extends EngagementService<IssueStatement, StatementEvent, Statement> {

    public static final String STREAM_TYPE = "statement";

    private final ActorDirectory directory;

    public StatementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        super(STREAM_TYPE, Statement.class, new EngagementLedger<>("statement", new EventSourcedRepository<>(store,
                STREAM_TYPE, new StatementDecider(clock), codec(clock)), readModel,
                metadata, StatementService::projection, event -> switch (event) {
                    case StatementIssued issued -> issued.issuedOn();
                }), readModel);
        this.directory = directory;
    }

    @Transactional
    public Recorded<Statement> issue(NewStatement request) {
        String id = EngagementLedger.newId();
        return ledger().execute(id, OptionalLong.empty(), new IssueStatement(id, directory.ref(request.issuer()),
                EngagementLedger.lookUp(request.about(), EngagementLimits.ABOUT, directory::ref, ActorRef::unknown),
                request.issuedOn(), request.title(), request.url(), request.summary(), request.sources()));
    }

    /** The codec of statement events, reading version 1. */
    public static EventCodec<StatementEvent> codec(Clock clock) {
        return new EventCodec<>(StatementEvent.class, clock, List.of(Upcasting.actorsOf("StatementIssued", "issuer", "about")));
    }

    static Projection projection(Statement s) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("issuer", List.of(s.issuer())));
        participants.addAll(Projection.as("subject", s.about()));
        return new Projection(STREAM_TYPE, null, null, s.title(), s.issuedOn(), null, List.of(), participants);
    }
}

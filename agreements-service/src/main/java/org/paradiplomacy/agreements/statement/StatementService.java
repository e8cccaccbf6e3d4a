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
import org.paradiplomacy.agreements.statement.StatementCommand.CorrectStatement;
import org.paradiplomacy.agreements.statement.StatementCommand.WithdrawStatement;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementCorrected;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementWithdrawn;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.provenance.Source;

/** Records public statements that were issued, their corrections and withdrawals. */
@ApplicationScoped
public class StatementService extends EngagementService<StatementCommand, StatementEvent, Statement> {

    public static final String STREAM_TYPE = "statement";

    private final ActorDirectory directory;

    public StatementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        super(STREAM_TYPE, Statement.class, new EngagementLedger<>("statement", new EventSourcedRepository<>(store,
                STREAM_TYPE, new StatementDecider(clock), codec(clock)), readModel,
                metadata, StatementService::projection, event -> switch (event) {
                    case StatementIssued issued -> issued.issuedOn();
                    case StatementCorrected corrected -> corrected.issuedOn();
                    case StatementWithdrawn withdrawn -> null;
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

    /** Replaces a recorded statement's whole from its start (with {@code If-Match}, only at that version). */
    @Transactional
    public Recorded<Statement> correct(String id, OptionalLong expectedVersion, NewStatement request) {
        return ledger().execute(id, expectedVersion, new CorrectStatement(directory.ref(request.issuer()),
                EngagementLedger.lookUp(request.about(), EngagementLimits.ABOUT, directory::ref, ActorRef::unknown),
                request.issuedOn(), request.title(), request.url(), request.summary(), request.sources()));
    }

    @Transactional
    public Recorded<Statement> withdraw(String id, OptionalLong expectedVersion, String reason, List<Source> sources) {
        return ledger().execute(id, expectedVersion, new WithdrawStatement(reason, sources));
    }

    /** The codec of statement events, reading version 1. */
    public static EventCodec<StatementEvent> codec(Clock clock) {
        return new EventCodec<>(StatementEvent.class, clock, List.of(Upcasting.actorsOf("StatementIssued", "issuer", "about")));
    }

    static Projection projection(Statement s) {
        List<Projection.Participant> participants = new ArrayList<>(Projection.as("issuer", List.of(s.issuer())));
        participants.addAll(Projection.as("subject", s.about()));
        return new Projection(STREAM_TYPE, null, null, s.title(), s.issuedOn(), null, List.of(), participants,
                s.withdrawn(), null);
    }
}

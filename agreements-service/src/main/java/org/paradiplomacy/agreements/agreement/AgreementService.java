package org.paradiplomacy.agreements.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
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
import org.paradiplomacy.eventsourcing.aggregate.Upcaster;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.provenance.PartialDate;

/** Runs the agreement commands against the event store, the directory of actors and the read model. */
@ApplicationScoped
public class AgreementService extends EngagementService<AgreementCommand, AgreementEvent, Agreement> {

    public static final String STREAM_TYPE = "agreement";

    private final ActorDirectory directory;

    public AgreementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        super(STREAM_TYPE, Agreement.class, new EngagementLedger<>("agreement", new EventSourcedRepository<>(store,
                STREAM_TYPE, new AgreementDecider(clock), codec(clock)), readModel,
                metadata, AgreementService::projection, AgreementEvent::effectiveOn), readModel);
        this.directory = directory;
    }

    @Transactional
    public Recorded<Agreement> record(NewAgreement request) {
        String id = EngagementLedger.newId();
        Terms terms = new Terms(request.kind(), request.title(),
                EngagementLedger.lookUp(EngagementLedger.orEmpty(request.parties()), EngagementLimits.PARTIES,
                        directory::ref, ActorRef::unknown), request.fields(),
                request.upgrades() == null ? null : new UpgradeRef(request.upgrades(), ledger().exists(request.upgrades())));
        AgreementCommand command = request.signing() == null
                ? new ProposeAgreement(id, terms, request.proposedOn(), request.sources())
                : new RecordSignedAgreement(id, terms, request.proposedOn(), request.sources(), request.signing());
        return ledger().execute(id, OptionalLong.empty(), command);
    }

    /**
     * Runs a step of a recorded agreement's life, with its parties as the directory knows them now, which its
     * event carries. The parties of an agreement never change, so reading them before the step is safe.
     */
    @Transactional
    public Recorded<Agreement> execute(String id, OptionalLong expectedVersion, AgreementCommand.Step step) {
        List<String> parties = ledger().get(id).state().parties();
        return ledger().execute(id, expectedVersion, step.withParties(directory.snapshots(parties)));
    }

    /** The codec of agreement events, reading version 1 of each. */
    public static EventCodec<AgreementEvent> codec(Clock clock) {
        List<Upcaster> upcasters = new ArrayList<>(List.of(Upcasting.actorsOf("AgreementProposed", "parties")));
        upcasters.addAll(Upcasting.unchanged("AgreementSigned", "AgreementSigningAttested", "AgreementRenewed",
                "AgreementSuspended", "AgreementReinstated", "AgreementTerminated", "AgreementExpired"));
        return new EventCodec<>(AgreementEvent.class, clock, upcasters);
    }

    public boolean exists(String id) {
        return ledger().exists(id);
    }

    private static PartialDate firstNonNull(PartialDate... dates) {
        return Arrays.stream(dates).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Projection projection(Agreement a) {
        return new Projection(STREAM_TYPE, a.kind().toString(), a.status().toString(), a.title(),
                firstNonNull(a.signedOn(), PartialDate.of(a.signedNoLaterThan()), a.proposedOn()),
                PartialDate.of(a.validUntil()), a.fields(), Projection.as("party", a.parties()));
    }
}

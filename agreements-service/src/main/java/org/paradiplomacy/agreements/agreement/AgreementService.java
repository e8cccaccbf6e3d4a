package org.paradiplomacy.agreements.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SignAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SupersedeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.WithdrawAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
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

    /** More links than any real chain of upgrades has (letter of intent, MoU, agreement): a bound on the walk. */
    public static final int CHAIN = 50;

    private final ActorDirectory directory;
    private final EngagementReadModel readModel;

    public AgreementService(EventStore store, Clock clock, EngagementReadModel readModel, RequestMetadata metadata,
            ActorDirectory directory) {
        super(STREAM_TYPE, Agreement.class, new EngagementLedger<>("agreement", new EventSourcedRepository<>(store,
                STREAM_TYPE, new AgreementDecider(clock), codec(clock)), readModel,
                metadata, AgreementService::projection, AgreementEvent::effectiveOn), readModel);
        this.directory = directory;
        this.readModel = readModel;
    }

    /**
     * Records a new agreement. One that upgrades another holds the other's row until it commits, so two upgrades
     * of one agreement cannot both pass; recorded as signed, it supersedes the other in the same transaction.
     */
    @Transactional
    public Recorded<Agreement> record(NewAgreement request) {
        String id = EngagementLedger.newId();
        Recorded<Agreement> upgraded = null;
        UpgradeRef upgrade = null;
        if (request.upgrades() != null) {
            if (request.upgrades().length() <= EngagementLimits.ID) {
                readModel.lock(List.of(request.upgrades()));
            }
            upgraded = ledger().find(request.upgrades());
            upgrade = upgradeRef(request.upgrades(), upgraded);
        }
        Terms terms = new Terms(request.kind(), request.title(),
                EngagementLedger.lookUp(EngagementLedger.orEmpty(request.parties()), EngagementLimits.PARTIES,
                        directory::ref, ActorRef::unknown), request.fields(), upgrade);
        AgreementCommand command = request.signing() == null
                ? new ProposeAgreement(id, terms, request.proposedOn(), request.sources())
                : new RecordSignedAgreement(id, terms, request.proposedOn(), request.sources(), request.signing());
        Recorded<Agreement> recorded = ledger().execute(id, OptionalLong.empty(), command);
        if (request.signing() != null) {
            supersede(upgraded, recorded.state(), request.signing(), "signed.");
        }
        return recorded;
    }

    /**
     * Runs a step of a recorded agreement's life, with its parties as the directory knows them now, which its
     * event carries. The parties of an agreement never change, so reading them before the step is safe. The
     * signing of an upgrade supersedes the agreement it upgrades in the same transaction, both rows held first.
     */
    @Transactional
    public Recorded<Agreement> execute(String id, OptionalLong expectedVersion, AgreementCommand.Step step) {
        Agreement current = ledger().get(id).state();
        String upgrades = current.upgrades();
        readModel.lock(upgrades == null ? List.of(id) : List.of(id, upgrades));
        Recorded<Agreement> upgraded = upgrades == null ? null : ledger().find(upgrades);
        AgreementCommand.Step command = step;
        if (step instanceof WithdrawAgreement withdraw && upgraded != null
                && id.equals(upgraded.state().supersededBy())) {
            command = new WithdrawAgreement(withdraw.reason(), withdraw.sources(), upgrades, null);
        }
        Recorded<Agreement> recorded = ledger().execute(id, expectedVersion,
                command.withParties(directory.snapshots(current.parties())));
        if (step instanceof SignAgreement sign) {
            supersede(upgraded, recorded.state(), sign.signing(), "");
        }
        return recorded;
    }

    /**
     * Appends AgreementSuperseded to the upgraded agreement's stream, at the version read under its lock, when the
     * upgrade is signed. One that ended (terminated, expired) or was withdrawn before is no longer in force, so
     * there is nothing to supersede; one superseded by another is a conflict the decider refuses.
     */
    private void supersede(Recorded<Agreement> upgraded, Agreement upgrade, AgreementCommand.Signing signing,
            String prefix) {
        if (upgraded == null || upgraded.state().withdrawn() || upgrade.status() != AgreementStatus.SIGNED
                || !EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.SUSPENDED, AgreementStatus.SUPERSEDED)
                        .contains(upgraded.state().status())) {
            return;
        }
        String field = prefix + (signing.signedOn() != null ? "signedOn" : "signedNoLaterThan");
        ledger().execute(upgraded.state().id(), OptionalLong.of(upgraded.version()), new SupersedeAgreement(
                upgrade.id(), upgrade.signedBy(), signing.sources(), field,
                directory.snapshots(upgraded.state().parties())));
    }

    private UpgradeRef upgradeRef(String id, Recorded<Agreement> upgraded) {
        if (upgraded == null) {
            return new UpgradeRef(id, false);
        }
        Agreement a = upgraded.state();
        return new UpgradeRef(id, true, directory.snapshots(a.parties()), a.status(), a.withdrawn(), a.supersededBy(),
                readModel.upgradedBy(id));
    }

    /** The agreement that upgrades this one: the one that superseded it, or one naming it not yet signed. */
    public String upgradedBy(Agreement agreement) {
        return agreement.supersededBy() != null ? agreement.supersededBy() : readModel.upgradedBy(agreement.id());
    }

    /** {@link #upgradedBy(Agreement)} for a page of agreements at once. */
    public Map<String, String> upgradedBy(List<Agreement> agreements) {
        Map<String, String> found = new HashMap<>(
                readModel.upgradedBy(agreements.stream().map(Agreement::id).toList()));
        agreements.stream().filter(a -> a.supersededBy() != null).forEach(a -> found.put(a.id(), a.supersededBy()));
        return found;
    }

    /**
     * The chain of upgrades an agreement belongs to, oldest first (letter of intent, MoU, agreement), from
     * whichever of its links it is asked.
     */
    public List<Recorded<Agreement>> chain(String id) {
        Recorded<Agreement> start = ledger().get(id);
        Deque<Recorded<Agreement>> chain = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(Set.of(id));
        for (Recorded<Agreement> link = start; link.state().upgrades() != null && seen.size() < CHAIN;) {
            link = ledger().find(link.state().upgrades());
            if (link == null || !seen.add(link.state().id())) {
                break;
            }
            chain.addFirst(link);
        }
        for (String next = upgradedBy(start.state()); next != null && seen.size() < CHAIN && seen.add(next);) {
            Recorded<Agreement> link = ledger().find(next);
            if (link == null) {
                break;
            }
            chain.addLast(link);
            next = upgradedBy(link.state());
        }
        return List.copyOf(chain);
    }

    /** One page of possible duplicates, each group with its parties as the directory knows them. */
    public EngagementReadModel.Result<Duplicates> possibleDuplicates(int page, int size) {
        var groups = readModel.duplicates(page, size, Agreement.class);
        return new EngagementReadModel.Result<>(groups.items().stream().map(group -> new Duplicates(group.kind(),
                directory.snapshots(group.parties()), group.items())).toList(), groups.total());
    }

    /** Agreements of one kind between one set of parties, from more than one chain of upgrades. */
    public record Duplicates(String kind, List<ActorSnapshot> parties, List<Recorded<Agreement>> agreements) {
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
                PartialDate.of(a.validUntil()), a.fields(), Projection.as("party", a.parties()), a.withdrawn(),
                a.upgrades());
    }
}

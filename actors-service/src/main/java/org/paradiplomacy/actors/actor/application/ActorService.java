package org.paradiplomacy.actors.actor.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.paradiplomacy.actors.actor.model.Actor;
import org.paradiplomacy.actors.actor.model.ActorCommand;
import org.paradiplomacy.actors.actor.model.ActorDecider;
import org.paradiplomacy.actors.actor.model.ActorEvent;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.actors.actor.model.ActorRef;
import org.paradiplomacy.actors.actor.model.ActorUpcasters;
import org.paradiplomacy.actors.actor.model.AsOf;
import org.paradiplomacy.actors.actor.model.DuplicateCandidate;
import org.paradiplomacy.actors.actor.model.Placement;
import org.paradiplomacy.actors.reference.Boundaries;
import org.paradiplomacy.actors.reference.RegionCatalog;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.aggregate.Loaded;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Runs the actor commands: load the actor from its events, look up the other actors a command names, decide,
 * append, and update the read model, all in one transaction. Also answers the reads: an actor folded from its
 * events (now or as of a date), its history, and lists from the read model.
 *
 * <p>A registration first locks its names (kind, country and each name's key, for the rest of the transaction)
 * and then looks up the live actors that bear them, so that of two concurrent registrations of one name the
 * second waits for the first to commit and then finds it: a unique index cannot say this, since a request may
 * say it is distinct from a namesake (docs/decisions/0016).
 */
@ApplicationScoped
public class ActorService {

    public static final String STREAM_TYPE = "actor";

    private final EventSourcedRepository<ActorCommand, ActorEvent, Actor> actors;
    private final ActorViews views;
    private final RequestMetadata metadata;
    private final RegionCatalog regions;
    private final Boundaries boundaries;

    public ActorService(EventStore store, RegionCatalog regions, Boundaries boundaries, Clock clock, ActorViews views,
            RequestMetadata metadata) {
        this.actors = new EventSourcedRepository<>(store, STREAM_TYPE, new ActorDecider(regions, boundaries, clock),
                new EventCodec<>(ActorEvent.class, clock, ActorUpcasters.ALL));
        this.views = views;
        this.metadata = metadata;
        this.regions = regions;
        this.boundaries = boundaries;
    }

    @Transactional
    public ActorModel register(NewActor actor) {
        String id = UUID.randomUUID().toString();
        List<String> aliases = actor.aliases() == null ? List.of() : actor.aliases();
        Placement placement = Placement.derive(actor.kind(), actor.country(), actor.subdivision(), actor.coordinates(),
                boundaries, regions);
        List<DuplicateCandidate> candidates = List.of();
        // A request over the bounds is refused by the decider; it is not worth a lookup.
        if (actor.kind() != null && aliases.size() <= ActorLimits.ALIASES) {
            List<String> keys = ActorDecider.keys(actor.names(), aliases);
            String country = blankToNull(actor.country());
            String subdivision = placement.placed() ? placement.subdivision() : blankToNull(actor.subdivision());
            if (!keys.isEmpty()) {
                views.lockNames(actor.kind(), country, keys);
                candidates = views.likelyDuplicates(actor.kind(), country, subdivision, keys);
            }
        }
        ActorModel registered = execute(id, OptionalLong.empty(), new ActorCommand.RegisterActor(id, actor.kind(),
                actor.names(), aliases, actor.country(), actor.subdivision(),
                actor.parentId() == null ? null : ref(actor.parentId()), actor.coordinates(), actor.population(),
                actor.website(), actor.foreignAffairsOffice(), actor.sources(), actor.distinctFrom(), candidates));
        return registered.withPlacement(placement.note());
    }

    /** Runs a command on an existing actor, at the version {@code If-Match} names if it names one. */
    @Transactional
    public ActorModel execute(String id, OptionalLong expectedVersion, ActorCommand command) {
        var handled = actors.handle(id, expectedVersion, command, metadata.get());
        Actor actor = handled.state();
        // A withdrawal shows who withdrew and when, which only the stored event's metadata holds.
        ActorModel model = actor.withdrawn() && !handled.events().isEmpty() ? modelOf(actors.load(id))
                : ActorModel.of(actor, handled.version());
        if (!handled.events().isEmpty()) {
            views.update(actor, model);
        }
        model = model.withMergedIds(views.mergedInto(id));
        return switch (command) {
            case ActorCommand.CorrectActorDetails correct -> model.withPlacement(Placement.derive(actor.kind(),
                    correct.country(), correct.subdivision(), correct.coordinates(), boundaries, regions).note());
            case ActorCommand.PlaceActor place -> model.withPlacement(handled.events().isEmpty()
                    ? "already in " + actor.place().subdivision() + "; nothing to place"
                    : "placed in " + actor.place().subdivision() + " by its coordinates");
            default -> model;
        };
    }

    /** The current parent of an actor, as a correction of its place needs it; null if none (or no actor). */
    public ActorRef parentOf(String id) {
        Loaded<Actor> loaded = actors.load(id);
        return loaded.exists() && loaded.state().parentId() != null ? ref(loaded.state().parentId()) : null;
    }

    /** What a command needs to know of another actor it names; one too long to be an id is not looked up. */
    public ActorRef ref(String id) {
        if (id.length() > ActorLimits.ID) {
            return ActorRef.missing(id);
        }
        Loaded<Actor> loaded = actors.load(id);
        return loaded.exists() ? ActorRef.of(loaded.state()) : ActorRef.missing(id);
    }

    /** The actor that stands for a merged actor, at the end of its merge chain; empty for one not merged. */
    public Optional<String> survivorOf(String id) {
        return id.length() > ActorLimits.ID ? Optional.empty() : views.survivorOf(id);
    }

    public ActorModel get(String id) {
        return modelOf(existing(actors.load(id))).withMergedIds(views.mergedInto(id));
    }

    /**
     * The actor as it stood on a date: corrections of the record count at every date, dated changes (renamings,
     * new parents, memberships, retirement) from the day they count from ({@link AsOf}).
     */
    public ActorModel getAsOf(String id, LocalDate date) {
        Loaded<Actor> loaded = existing(actors.loadWhere(id,
                event -> AsOf.counts(actors.codec().decode(event), event.occurredAt(), date)));
        return modelOf(loaded).withMergedIds(views.mergedInto(id));
    }

    /** The actors matching the filter, from the read model. */
    public ActorViews.Found search(ActorFilter filter, int page, int size) {
        return views.search(filter, page, size);
    }

    public List<StoredEvent> history(String id) {
        return existing(actors.load(id)).history();
    }

    private static ActorModel modelOf(Loaded<Actor> loaded) {
        ActorModel model = ActorModel.of(loaded.state(), loaded.version());
        var withdrawal = loaded.state().withdrawal();
        if (withdrawal == null) {
            return model;
        }
        StoredEvent withdrawn = loaded.history().reversed().stream()
                .filter(event -> event.eventType().equals("ActorWithdrawn")).findFirst().orElseThrow();
        return model.withWithdrawal(WithdrawalModel.of(withdrawal.reason(), withdrawn.occurredAt(),
                principal(withdrawn), withdrawal.sources()));
    }

    private static String principal(StoredEvent event) {
        try {
            String principal = EventJson.MAPPER.readTree(event.metadata()).path("principal").asText("");
            return principal.isEmpty() ? "anonymous" : principal;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + event.eventId() + " has unreadable metadata", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Loaded<Actor> existing(Loaded<Actor> loaded) {
        if (!loaded.exists()) {
            throw new NotFound("No actor " + loaded.streamId() + " is registered");
        }
        return loaded;
    }
}

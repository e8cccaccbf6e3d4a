package org.paradiplomacy.actors.actor.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.paradiplomacy.actors.reference.RegionCatalog;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.aggregate.Loaded;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Runs the actor commands: load the actor from its events, look up the other actors a command names, decide,
 * append, and update the read model, all in one transaction. Also answers the reads: an actor folded from its
 * events (now or as of a date), its history, and lists from the read model.
 */
@ApplicationScoped
public class ActorService {

    public static final String STREAM_TYPE = "actor";

    private final EventSourcedRepository<ActorCommand, ActorEvent, Actor> actors;
    private final ActorViews views;
    private final RequestMetadata metadata;

    public ActorService(EventStore store, RegionCatalog regions, Clock clock, ActorViews views,
            RequestMetadata metadata) {
        this.actors = new EventSourcedRepository<>(store, STREAM_TYPE, new ActorDecider(regions, clock),
                new EventCodec<>(ActorEvent.class, clock, ActorUpcasters.ALL));
        this.views = views;
        this.metadata = metadata;
    }

    @Transactional
    public ActorModel register(NewActor actor) {
        String id = UUID.randomUUID().toString();
        return execute(id, OptionalLong.empty(), new ActorCommand.RegisterActor(id, actor.kind(), actor.names(),
                actor.aliases() == null ? List.of() : actor.aliases(), actor.country(), actor.subdivision(),
                actor.parentId() == null ? null : ref(actor.parentId()), actor.coordinates(), actor.population(),
                actor.website(), actor.foreignAffairsOffice(), actor.sources()));
    }

    /** Runs a command on an existing actor, at the version {@code If-Match} names if it names one. */
    @Transactional
    public ActorModel execute(String id, OptionalLong expectedVersion, ActorCommand command) {
        var handled = actors.handle(id, expectedVersion, command, metadata.get());
        ActorModel model = ActorModel.of(handled.state(), handled.version());
        if (!handled.events().isEmpty()) {
            views.update(handled.state(), model);
        }
        return model;
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

    public ActorModel get(String id) {
        Loaded<Actor> loaded = existing(actors.load(id));
        return ActorModel.of(loaded.state(), loaded.version());
    }

    /**
     * The actor as it stood on a date: corrections of the record count at every date, dated changes (renamings,
     * new parents, memberships, retirement) from the day they count from ({@link AsOf}).
     */
    public ActorModel getAsOf(String id, LocalDate date) {
        Loaded<Actor> loaded = existing(actors.loadWhere(id,
                event -> AsOf.counts(actors.codec().decode(event), event.occurredAt(), date)));
        return ActorModel.of(loaded.state(), loaded.version());
    }

    /** The actors matching the filter, from the read model. */
    public ActorViews.Found search(ActorFilter filter, int page, int size) {
        return views.search(filter, page, size);
    }

    public List<StoredEvent> history(String id) {
        return existing(actors.load(id)).history();
    }

    private static Loaded<Actor> existing(Loaded<Actor> loaded) {
        if (!loaded.exists()) {
            throw new NotFound("No actor " + loaded.streamId() + " is registered");
        }
        return loaded;
    }
}

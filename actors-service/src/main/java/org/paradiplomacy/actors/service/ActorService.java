package org.paradiplomacy.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.paradiplomacy.actors.domain.Actor;
import org.paradiplomacy.actors.domain.ActorCommand;
import org.paradiplomacy.actors.domain.ActorDecider;
import org.paradiplomacy.actors.domain.ActorEvent;
import org.paradiplomacy.actors.domain.ActorLimits;
import org.paradiplomacy.actors.domain.ActorRef;
import org.paradiplomacy.actors.readmodel.ActorReadModel;
import org.paradiplomacy.actors.reference.RegionCatalog;
import org.paradiplomacy.actors.rest.ActorMapper;
import org.paradiplomacy.actors.rest.model.ActorModel;
import org.paradiplomacy.actors.rest.model.RegisterActorRequest;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.aggregate.Loaded;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Runs the actor commands: load the actor from its events, look up the other actors a command names, decide,
 * append, and update the read model, all in one transaction.
 */
@ApplicationScoped
public class ActorService {

    public static final String STREAM_TYPE = "actor";

    private final EventSourcedRepository<ActorCommand, ActorEvent, Actor> actors;
    private final ActorReadModel readModel;
    private final RequestMetadata metadata;

    public ActorService(EventStore store, RegionCatalog regions, Clock clock, ActorReadModel readModel,
            RequestMetadata metadata) {
        this.actors = new EventSourcedRepository<>(store, STREAM_TYPE, new ActorDecider(regions, clock),
                new EventCodec<>(ActorEvent.class, clock));
        this.readModel = readModel;
        this.metadata = metadata;
    }

    @Transactional
    public ActorModel register(RegisterActorRequest request) {
        String id = UUID.randomUUID().toString();
        return execute(id, OptionalLong.empty(), ActorMapper.toCommand(id, request, this::ref));
    }

    /** Runs a command on an existing actor, at the version {@code If-Match} names if it names one. */
    @Transactional
    public ActorModel execute(String id, OptionalLong expectedVersion, ActorCommand command) {
        var handled = actors.handle(id, expectedVersion, command, metadata.get());
        ActorModel model = ActorMapper.toModel(handled.state(), handled.version());
        if (!handled.events().isEmpty()) {
            readModel.update(handled.state(), model);
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
        return ActorMapper.toModel(loaded.state(), loaded.version());
    }

    /**
     * The actor as it stood on a date: corrections of the record count at every date, dated changes (renamings,
     * new parents, memberships, retirement) only from the day they took effect.
     */
    public ActorModel getAsOf(String id, LocalDate date) {
        Loaded<Actor> loaded = existing(actors.loadWhere(id, event -> {
            LocalDate effective = actors.codec().decode(event).effectiveOn();
            return effective == null || !effective.isAfter(date);
        }));
        return ActorMapper.toModel(loaded.state(), loaded.version());
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

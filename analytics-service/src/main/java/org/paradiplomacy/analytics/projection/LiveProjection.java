package org.paradiplomacy.analytics.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paradiplomacy.eventsourcing.consume.EventSubscription;
import org.paradiplomacy.eventsourcing.consume.SubscriptionStatus;

/**
 * Keeps the active projection generation following every published topic, and tells listeners when its
 * figures may have changed.
 */
@ApplicationScoped
public class LiveProjection {

    public static final List<String> TOPICS = List.of("paradiplomacy.actors.v1", "paradiplomacy.agreements.v1",
            "paradiplomacy.missions.v1", "paradiplomacy.conferences.v1", "paradiplomacy.statements.v1");

    private final ProjectionSchema schemas;
    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final BroadcastProcessor<Integer> changes = BroadcastProcessor.create();
    private volatile EventSubscription subscription;
    private volatile int generation;
    private final AtomicLong version = new AtomicLong();

    public LiveProjection(ProjectionSchema schemas, AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.schemas = schemas;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        follow(schemas.activeGeneration(), null);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.stop();
        }
    }

    /** The subscription that fills a generation: its offsets and processed events are its own. */
    public static String subscriptionName(int generation) {
        return "analytics-service.projection-" + generation;
    }

    public EventSubscription subscriptionFor(int generation, Runnable afterCommit) {
        return new EventSubscription(subscriptionName(generation), TOPICS,
                new ProjectionWriter(dataSource, schemas.create(generation)), dataSource, bootstrapServers, afterCommit);
    }

    /**
     * Makes {@code generation} the live one, taking over {@code running} (a rebuild that has caught up) or
     * starting a subscription of its own.
     */
    public synchronized void follow(int newGeneration, EventSubscription running) {
        EventSubscription previous = subscription;
        generation = newGeneration;
        subscription = running != null ? running : subscriptionFor(newGeneration, this::changed);
        subscription.start();
        if (previous != null && previous != subscription) {
            previous.stop();
        }
        changed();
    }

    public int generation() {
        return generation;
    }

    public SubscriptionStatus status() {
        return subscription.status();
    }

    /** Emits whenever applied events were committed; listeners re-read the figures. */
    public Multi<Integer> changes() {
        return changes;
    }

    public void changed() {
        version.incrementAndGet();
        changes.onNext(generation);
    }

    /** Grows whenever the figures may have changed: newly applied events, or a switch to another generation. */
    public long version() {
        return version.get();
    }
}

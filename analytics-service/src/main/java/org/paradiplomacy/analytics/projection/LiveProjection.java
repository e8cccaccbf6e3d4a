package org.paradiplomacy.analytics.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.consume.EventSubscription;
import org.paradiplomacy.eventsourcing.consume.SubscriptionStatus;

/**
 * Keeps the active projection generation following every published topic, and tells listeners when its
 * figures may have changed. Replicas of analytics-service share one database and split the topics' partitions
 * through the subscription's consumer group, so each also watches that database: it follows a generation another
 * replica switched to, and tells its listeners when another replica applied events.
 */
@ApplicationScoped
public class LiveProjection {

    private static final Logger LOG = Logger.getLogger(LiveProjection.class);

    public static final List<String> TOPICS = List.of("paradiplomacy.actors.v1", "paradiplomacy.agreements.v1",
            "paradiplomacy.missions.v1", "paradiplomacy.conferences.v1", "paradiplomacy.statements.v1");

    private final ProjectionSchema schemas;
    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final BroadcastProcessor<Integer> changes = BroadcastProcessor.create();
    private volatile EventSubscription subscription;
    private volatile int generation;
    private volatile Version lastSeen;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-watcher");
        thread.setDaemon(true);
        return thread;
    });

    public LiveProjection(ProjectionSchema schemas, AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.schemas = schemas;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    /** The figures' version: the generation served and how far its subscription has read, summed over partitions. */
    public record Version(int generation, long offsets) {
    }

    void onStart(@Observes StartupEvent event) {
        follow(schemas.activeGeneration(), null);
        watcher.scheduleWithFixedDelay(this::watchSharedDatabase, 1, 1, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        watcher.shutdownNow();
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
        changes.onNext(generation);
    }

    /**
     * Changes whenever the figures may have: events applied by any replica (their offsets are committed with the
     * facts), or a switch to another generation. Read from the database, so every replica sees every change.
     */
    public Version version() {
        int served = generation;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(sum(next_offset), 0) FROM subscription_offsets WHERE subscription = ?")) {
            query.setString(1, subscriptionName(served));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Version(served, row.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read how far the projection has read", e);
        }
    }

    /** Follows another replica's switch of generation, and passes on the events other replicas applied. */
    private void watchSharedDatabase() {
        try {
            int active = schemas.activeGeneration();
            if (active != generation) {
                LOG.infof("Following generation %d, which another replica switched to", active);
                follow(active, null);
            }
            Version now = version();
            if (!now.equals(lastSeen)) {
                lastSeen = now;
                changes.onNext(generation);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not watch the shared projection database: %s", e.toString());
        }
    }
}

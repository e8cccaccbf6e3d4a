package org.paradiplomacy.analytics.rebuild;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;
import org.paradiplomacy.eventsourcing.consume.EventSubscription;
import org.paradiplomacy.eventsourcing.consume.SubscriptionStatus;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * Rebuilds the statistics: replays every topic from its beginning into a fresh generation while the active one
 * keeps answering, and once the new generation has caught up, makes it the active one in one step and drops the
 * old one.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);
    /** How long a replaced generation stays, so that queries which began before the switch can finish. */
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(60);

    private final LiveProjection live;
    private final ProjectionSchema schemas;
    private final AgroalDataSource dataSource;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "projection-rebuild"));

    private volatile RebuildProgress progress;
    private EventSubscription building;

    public Rebuilder(LiveProjection live, ProjectionSchema schemas, AgroalDataSource dataSource) {
        this.live = live;
        this.schemas = schemas;
        this.dataSource = dataSource;
    }

    public RebuildProgress progress() {
        RebuildProgress current = progress;
        return current != null ? current : new RebuildProgress("idle", live.generation(), live.generation(), 0, 0, 0,
                null, null, null, null);
    }

    public synchronized RebuildProgress start() {
        if (building != null) {
            throw new StateConflict("A rebuild into generation " + progress.generation() + " is already running");
        }
        int generation = live.generation() + 1;
        schemas.drop(generation);
        forget(LiveProjection.subscriptionName(generation));
        building = live.subscriptionFor(generation, () -> {
            if (live.generation() == generation) {
                live.changed();
            }
        });
        Instant started = Instant.now();
        progress = new RebuildProgress("running", generation, live.generation(), 0, 0, 0, null, started, null, null);
        building.start();
        watcher.schedule(() -> watch(generation, started), 500, TimeUnit.MILLISECONDS);
        LOG.infof("Rebuilding the statistics into generation %d", generation);
        return progress;
    }

    private void watch(int generation, Instant started) {
        try {
            SubscriptionStatus status = building.status();
            double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            double rate = status.processed() / seconds;
            Long left = rate > 0 ? Math.round(status.lagEvents() / rate) : null;
            progress = new RebuildProgress("running", generation, live.generation(), status.processed(),
                    status.lagEvents(), rate, left, started, null, status.lastError());
            if (status.caughtUp()) {
                switchTo(generation, started, status, rate);
                return;
            }
        } catch (RuntimeException e) {
            LOG.error("Rebuild failed", e);
            fail(generation, started, e);
            return;
        }
        watcher.schedule(() -> watch(generation, started), 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void switchTo(int generation, Instant started, SubscriptionStatus status, double rate) {
        int previous = live.generation();
        execute("UPDATE projection_generation SET active = ?, switched_at = now(), upgrade_claimed_at = NULL", generation);
        live.follow(generation, building);
        building = null;
        watcher.schedule(() -> retire(previous), RETIRE_AFTER.toSeconds(), TimeUnit.SECONDS);
        progress = new RebuildProgress("done", generation, generation, status.processed(), 0, rate, 0L, started,
                Instant.now(), null);
        LOG.infof("Statistics now served from generation %d (%d events replayed)", generation, status.processed());
    }

    /** Drops a generation that no longer serves; a failure here leaves a stray schema, never a broken service. */
    private void retire(int generation) {
        try {
            schemas.drop(generation);
            forget(LiveProjection.subscriptionName(generation));
        } catch (RuntimeException e) {
            LOG.warnf("Could not drop the replaced generation %d: %s", generation, e.toString());
        }
    }

    private synchronized void fail(int generation, Instant started, RuntimeException e) {
        if (building != null) {
            building.stop();
            building = null;
        }
        schemas.drop(generation);
        progress = new RebuildProgress("failed", generation, live.generation(), 0, 0, 0, null, started, Instant.now(),
                e.toString());
    }

    /** Removes a subscription's stored offsets and processed event ids. */
    private void forget(String subscription) {
        execute("DELETE FROM subscription_offsets WHERE subscription = ?", subscription);
        execute("DELETE FROM processed_events WHERE subscription = ?", subscription);
    }

    private void execute(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuild bookkeeping failed", e);
        }
    }
}

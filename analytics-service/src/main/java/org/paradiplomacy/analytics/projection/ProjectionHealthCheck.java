package org.paradiplomacy.analytics.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.paradiplomacy.eventsourcing.consume.SubscriptionHealth;

/**
 * Freshness: how far the statistics are behind the topics, in events and in seconds since they were last caught
 * up, under {@code /q/health/well}
 * and as the metrics {@code observatory_projection_lag_events} and {@code observatory_projection_lag_seconds}.
 */
@Wellness
@ApplicationScoped
public class ProjectionHealthCheck implements HealthCheck {

    private final LiveProjection projection;

    public ProjectionHealthCheck(LiveProjection projection, MeterRegistry metrics) {
        this.projection = projection;
        Gauge.builder("observatory.projection.lag.events", projection, p -> p.status().lagEvents())
                .description("Events published but not yet in the statistics").register(metrics);
        Gauge.builder("observatory.projection.lag.seconds", projection, p -> p.status().secondsBehind())
                .description("Seconds since the statistics last included every published event").register(metrics);
        Gauge.builder("observatory.projection.dead.letters", projection, p -> p.status().deadLettered())
                .description("Events sent to the dead-letter topic since start").register(metrics);
    }

    @Override
    public HealthCheckResponse call() {
        return SubscriptionHealth.of("statistics-projection", projection.status())
                .withData("generation", projection.generation()).build();
    }
}

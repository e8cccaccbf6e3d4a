package org.paradiplomacy.agreements.directory;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.paradiplomacy.eventsourcing.consume.SubscriptionHealth;

/** How far the directory of actors is behind the actors topic, under {@code /q/health/well}. */
@Wellness
@ApplicationScoped
public class DirectoryHealthCheck implements HealthCheck {

    private final DirectorySubscription subscription;

    public DirectoryHealthCheck(DirectorySubscription subscription) {
        this.subscription = subscription;
    }

    @Override
    public HealthCheckResponse call() {
        return SubscriptionHealth.of("actor-directory", subscription.status()).build();
    }
}

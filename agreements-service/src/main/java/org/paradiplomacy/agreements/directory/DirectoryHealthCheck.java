package org.paradiplomacy.agreements.directory;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.paradiplomacy.eventsourcing.consume.SubscriptionStatus;

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
        SubscriptionStatus status = subscription.status();
        var response = HealthCheckResponse.named("actor-directory").status(status.healthy())
                .withData("state", status.state())
                .withData("processed", status.processed())
                .withData("deadLettered", status.deadLettered())
                .withData("lagEvents", status.lagEvents())
                .withData("secondsBehind", status.secondsBehind());
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}

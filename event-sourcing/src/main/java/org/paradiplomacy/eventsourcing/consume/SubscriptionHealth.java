package org.paradiplomacy.eventsourcing.consume;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** A subscription's status as a health check response: state, events applied and dead-lettered, lag. */
public final class SubscriptionHealth {

    private SubscriptionHealth() {
    }

    public static HealthCheckResponseBuilder of(String name, SubscriptionStatus status) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(status.healthy())
                .withData("state", status.state())
                .withData("processed", status.processed())
                .withData("deadLettered", status.deadLettered())
                .withData("lagEvents", status.lagEvents())
                .withData("secondsBehind", status.secondsBehind());
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response;
    }
}

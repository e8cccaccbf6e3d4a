package org.paradiplomacy.eventsourcing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * The relay's state under {@code /q/health/well}. It is not a readiness check on purpose: while the broker is
 * down the service keeps taking writes, and the outbox delivers them once the broker is back.
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.RelayStatus status = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay")
                .status(status.healthy())
                .withData("role", status.role())
                .withData("published", status.published());
        if (status.note() != null) {
            response.withData("note", status.note());
        }
        if (status.lastPublishedAt() != null) {
            response.withData("lastPublishedAt", status.lastPublishedAt().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}

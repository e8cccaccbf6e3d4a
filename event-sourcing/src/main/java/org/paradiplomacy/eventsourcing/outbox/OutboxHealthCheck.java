package org.paradiplomacy.eventsourcing.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The relay's state under {@code /q/health/well}: DOWN while it cannot publish or while any stream is parked. It
 * is not a readiness check on purpose: while the broker is down the service keeps taking writes, and the outbox
 * delivers them once the broker is back.
 */
@IfBuildProperty(name = "observatory.outbox.enabled", stringValue = "true", enableIfMissing = true)
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private static final int STREAMS_SHOWN = 5;

    private final OutboxRelay relay;
    private final ParkedStreams parkedStreams;

    public OutboxHealthCheck(OutboxRelay relay, ParkedStreams parkedStreams) {
        this.relay = relay;
        this.parkedStreams = parkedStreams;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.RelayStatus status = relay.status();
        long parked;
        try {
            parked = parkedStreams.count();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("outbox-relay").down().withData("role", status.role())
                    .withData("lastError", "cannot read the parked streams: " + e.getMessage()).build();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay")
                .status(status.healthy() && parked == 0)
                .withData("role", status.role())
                .withData("published", status.published())
                .withData("parkedStreams", parked);
        if (parked > 0) {
            List<String> shown = parkedStreams.list().stream().limit(STREAMS_SHOWN)
                    .map(p -> p.streamId() + " v" + p.fromVersion() + ": " + p.reason()).toList();
            response.withData("parked", String.join("; ", shown)
                    + (parked > STREAMS_SHOWN ? "; and " + (parked - STREAMS_SHOWN) + " more" : ""));
        }
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

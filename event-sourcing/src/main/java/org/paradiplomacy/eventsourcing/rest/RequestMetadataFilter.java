package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.Principal;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.paradiplomacy.eventsourcing.store.EventMetadata;

/**
 * Captures the caller's {@code X-Correlation-Id} (or makes one, and echoes it in the response), the W3C
 * {@code traceparent} and the authenticated principal, so every event a request causes can be traced to it.
 */
public class RequestMetadataFilter {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    private static final String TRACEPARENT = "traceparent";

    private final RequestMetadata metadata;

    public RequestMetadataFilter(RequestMetadata metadata) {
        this.metadata = metadata;
    }

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        String correlationId = request.getHeaderString(CORRELATION_ID);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 200) {
            correlationId = UUID.randomUUID().toString();
        }
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        metadata.set(new EventMetadata(correlationId, null,
                principal == null || principal.getName().isEmpty() ? "anonymous" : principal.getName(),
                request.getHeaderString(TRACEPARENT)));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        String correlationId = metadata.get().correlationId();
        if (correlationId != null) {
            response.getHeaders().putSingle(CORRELATION_ID, correlationId);
        }
    }
}

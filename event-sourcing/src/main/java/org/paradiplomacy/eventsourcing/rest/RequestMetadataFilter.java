package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.Principal;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
    private static final String SERVICE_ACCOUNT = "service-account-";
    private static final String ANONYMOUS = "anonymous";

    private final RequestMetadata metadata;
    private final CurrentIdentityAssociation identities;

    public RequestMetadataFilter(RequestMetadata metadata, CurrentIdentityAssociation identities) {
        this.metadata = metadata;
        this.identities = identities;
    }

    /**
     * Authentication is lazy (the REST layer answers its failures), so the bearer token, if any, is verified here:
     * an invalid one is refused with 401 even where no role is needed.
     */
    @ServerRequestFilter
    public Uni<Void> capture(ContainerRequestContext request) {
        String header = request.getHeaderString(CORRELATION_ID);
        String correlationId = header == null || header.isBlank() || header.length() > 200
                ? UUID.randomUUID().toString() : header;
        String traceparent = request.getHeaderString(TRACEPARENT);
        metadata.set(new EventMetadata(correlationId, null, ANONYMOUS, traceparent));
        return identities.getDeferredIdentity().map(identity -> {
            Principal principal = identity.isAnonymous() ? null : identity.getPrincipal();
            if (principal instanceof JsonWebToken token) {
                String subject = claim(token, Claims.sub.name());
                String username = claim(token, Claims.preferred_username.name());
                String clientId = claim(token, "azp");
                metadata.set(new EventMetadata(correlationId, null, principalName(username, clientId, subject),
                        traceparent, subject, username, clientId));
            } else if (principal != null && !principal.getName().isEmpty()) {
                metadata.set(new EventMetadata(correlationId, null, principal.getName(), traceparent));
            }
            return null;
        });
    }

    /**
     * The user's name; for a service account (the identity provider names it {@code service-account-<client>})
     * the client it acts for; the subject when the token names neither.
     */
    static String principalName(String username, String clientId, String subject) {
        if (username != null && !(username.startsWith(SERVICE_ACCOUNT) && clientId != null)) {
            return username;
        }
        if (clientId != null) {
            return clientId;
        }
        return subject == null ? ANONYMOUS : subject;
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        String text = value == null ? null : value.toString();
        if (text != null && text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text == null || text.isBlank() ? null : text;
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        String correlationId = metadata.get().correlationId();
        if (correlationId != null) {
            response.getHeaders().putSingle(CORRELATION_ID, correlationId);
        }
    }
}

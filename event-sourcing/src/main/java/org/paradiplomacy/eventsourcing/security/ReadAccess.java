package org.paradiplomacy.eventsourcing.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads of records and statistics are public unless {@code observatory.security.reads-require-reader} is true
 * (environment {@code OBSERVATORY_SECURITY_READS_REQUIRE_READER}): then every GET of {@code /api/**} needs a bearer
 * token with the role {@code reader} (which {@code editor} and {@code admin} include), 401 without one, 403 without
 * the role.
 */
public class ReadAccess {

    public static final String SWITCH = "observatory.security.reads-require-reader";

    private final boolean readsRequireReader;
    private final CurrentIdentityAssociation identities;

    public ReadAccess(@ConfigProperty(name = SWITCH, defaultValue = "false") boolean readsRequireReader,
            CurrentIdentityAssociation identities) {
        this.readsRequireReader = readsRequireReader;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> check(ContainerRequestContext request) {
        if (!readsRequireReader || !HttpMethod.GET.equals(request.getMethod())
                && !HttpMethod.HEAD.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (!identity.hasRole(Roles.READER)) {
                throw new ForbiddenException();
            }
            return null;
        });
    }
}

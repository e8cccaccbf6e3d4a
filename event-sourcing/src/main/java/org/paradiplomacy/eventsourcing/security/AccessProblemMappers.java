package org.paradiplomacy.eventsourcing.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.paradiplomacy.eventsourcing.rest.Problem;
import org.paradiplomacy.eventsourcing.rest.ProblemType;

/**
 * A request without a valid bearer token where one is needed is 401 (with {@code WWW-Authenticate: Bearer}), one
 * whose token lacks the role is 403: both problem details saying which role the request needs and how to get a
 * token. (HTTP authentication is not proactive, so these failures reach the REST layer.)
 */
public class AccessProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers, SimpleResourceInfo resource) {
        return unauthenticated(uri, headers, resource);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers,
            SimpleResourceInfo resource) {
        return unauthenticated(uri, headers, resource);
    }

    @ServerExceptionMapper
    public Response authenticationNotCompleted(AuthenticationCompletionException e, UriInfo uri, HttpHeaders headers,
            SimpleResourceInfo resource) {
        return unauthenticated(uri, headers, resource);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource,
            ContainerRequestContext request) {
        String role = requiredRole(resource);
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        String who = principal == null || principal.getName().isEmpty() ? "your token"
                : "the token of " + principal.getName();
        return Problem.of(ProblemType.FORBIDDEN, capitalised(what(role)) + " and needs the role " + role + ", which "
                + who + " does not have: ask an administrator of the identity provider for it, or use "
                + "./observatory token " + role, path(uri), List.of()).toResponse();
    }

    private static Response unauthenticated(UriInfo uri, HttpHeaders headers, SimpleResourceInfo resource) {
        String role = requiredRole(resource);
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String detail = authorization == null || authorization.isBlank()
                ? capitalised(what(role)) + " and needs a bearer token with the role " + role
                        + ": get one from the identity provider (./observatory token " + role + ")"
                : "The bearer token was refused (expired, malformed, or not signed by the identity provider); "
                        + what(role) + " and needs a valid token with the role " + role
                        + ": get a new one (./observatory token " + role + ")";
        return Response.fromResponse(Problem.of(ProblemType.UNAUTHORIZED, detail, path(uri), List.of()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String what(String role) {
        return switch (role) {
            case Roles.ADMIN -> "this request administers the service";
            case Roles.EDITOR -> "this request changes records";
            default -> "this deployment requires sign-in to read records";
        };
    }

    /** The role the resource method (or its class) allows; reads that require sign-in need {@code reader}. */
    static String requiredRole(SimpleResourceInfo resource) {
        RolesAllowed allowed = null;
        if (resource != null && resource.getResourceClass() != null) {
            try {
                Method method = resource.getResourceClass().getMethod(resource.getMethodName(),
                        resource.parameterTypes());
                allowed = method.getAnnotation(RolesAllowed.class);
            } catch (NoSuchMethodException | SecurityException e) {
                allowed = null;
            }
            if (allowed == null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
        }
        if (allowed == null || allowed.value().length == 0) {
            return Roles.READER;
        }
        List<String> roles = List.of(allowed.value());
        return roles.contains(Roles.READER) ? Roles.READER : roles.contains(Roles.EDITOR) ? Roles.EDITOR
                : roles.getFirst();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

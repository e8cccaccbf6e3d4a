package org.paradiplomacy.eventsourcing.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every response of every service, API, problem, health, metrics or documentation page alike, carries
 * {@code X-Content-Type-Options: nosniff}: a browser takes a CSV export or a JSON body for what its
 * {@code Content-Type} says, never for a script or a page it guessed. The route runs before all others
 * ({@link BodySizeLimit}'s included), so even a refusal carries it.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

    private static final int FIRST = -10;

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(SecurityHeaders::addHeaders);
    }

    private static void addHeaders(RoutingContext context) {
        context.addHeadersEndHandler(done -> context.response().headers().set(CONTENT_TYPE_OPTIONS, "nosniff"));
        context.next();
    }
}

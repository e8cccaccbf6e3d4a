package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paradiplomacy.eventsourcing.domain.FieldError;

/**
 * Refuses a request whose body is declared larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem that says so, before the body is parsed or any command runs. Quarkus refuses it too, but with an empty
 * answer; this route runs just before Quarkus's own check (its route has order -2). A body sent without a length
 * (chunked) is still cut off by Quarkus at the same limit, with its plain 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String PROPERTY = "quarkus.http.limits.max-body-size";
    /** Quarkus's own default, should the property be unset. */
    static final long DEFAULT = 10L * 1024 * 1024;
    static final String TYPE = "urn:paradiplomacy:problem:content-too-large";
    static final String TITLE = "Content too large";

    private static final int BEFORE_QUARKUS = -3;
    private static final int DISCARD_AT_MOST = 4;

    private final long limit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = PROPERTY, defaultValue = "10M") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= limit) {
            context.next();
            return;
        }
        String message = "must be at most " + readable(limit) + " (" + limit + " bytes)";
        Problem problem = new Problem(TYPE, TITLE, 413, "The body is " + declared + " bytes, more than the "
                + readable(limit) + " this service accepts. No command needs that much: every text and list has a"
                + " limit far below it (see the API documentation). Nothing was recorded.",
                context.request().path(), List.of(new FieldError("body", message)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Future<Void> answered = context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
        HttpServerRequest request = context.request();
        discardTheRest(request, declared, () -> answered.onComplete(done -> request.connection().close()));
    }

    /**
     * Most clients send the whole body before they read the answer: if the connection closed under them they would
     * see a broken pipe instead of the 413. So the body is read and dropped up to what was declared (and no more
     * than a few times the limit), and the connection closed after it.
     */
    private void discardTheRest(HttpServerRequest request, long declared, Runnable close) {
        if (request.isEnded() || declared > DISCARD_AT_MOST * limit) {
            close.run();
            return;
        }
        AtomicLong discarded = new AtomicLong();
        request.handler(chunk -> {
            if (discarded.addAndGet(chunk.length()) > declared) {
                close.run();
            }
        });
        request.endHandler(end -> close.run());
        request.resume();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 1048576 as "1 MiB", 262144 as "256 KiB". */
    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}

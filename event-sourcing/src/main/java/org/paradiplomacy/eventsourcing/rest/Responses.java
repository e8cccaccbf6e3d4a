package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;

/** The answers every resource of an event-sourced record gives: 201 with Location and ETag, or 200 with ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response created(Idempotency idempotency, String key, String operation, Object body, UriInfo uri,
            String collection, Supplier<? extends Versioned> action) {
        return idempotency.execute(key, operation, body, () -> {
            Versioned model = action.get();
            return Response.created(uri.getBaseUriBuilder().path(collection).path(model.id()).build())
                    .tag(ETags.of(model.version())).entity(model).build();
        });
    }

    public static Response ok(Idempotency idempotency, String key, String operation, Object body,
            Supplier<? extends Versioned> action) {
        return idempotency.execute(key, operation, body, () -> {
            Versioned model = action.get();
            return Response.ok(model).tag(ETags.of(model.version())).build();
        });
    }

    public static Response current(Versioned model) {
        return Response.ok(model).tag(ETags.of(model.version())).build();
    }
}

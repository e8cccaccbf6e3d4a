package org.paradiplomacy.agreements.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.paradiplomacy.agreements.rest.model.Versioned;
import org.paradiplomacy.eventsourcing.rest.ETags;
import org.paradiplomacy.eventsourcing.rest.Idempotency;

/** The answers every engagement resource gives: 201 with Location and ETag, or 200 with ETag; all idempotent. */
final class Responses {

    private Responses() {
    }

    static Response created(Idempotency idempotency, String key, String operation, Object body, UriInfo uri,
            String collection, Supplier<? extends Versioned> action) {
        return idempotency.execute(key, operation, body, () -> {
            Versioned model = action.get();
            return Response.created(uri.getBaseUriBuilder().path(collection).path(model.id()).build())
                    .tag(ETags.of(model.version())).entity(model).build();
        });
    }

    static Response ok(Idempotency idempotency, String key, String operation, Object body,
            Supplier<? extends Versioned> action) {
        return idempotency.execute(key, operation, body, () -> {
            Versioned model = action.get();
            return Response.ok(model).tag(ETags.of(model.version())).build();
        });
    }

    static Response current(Versioned model) {
        return Response.ok(model).tag(ETags.of(model.version())).build();
    }
}

package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The request headers of a command on an existing record, declared and documented once for every resource:
 * {@code If-Match} (the version the command applies to, see {@link ETags}) and {@code Idempotency-Key} (see
 * {@link Idempotency}). Use it as {@code @BeanParam CommandHeaders headers}; a command that creates a record has
 * no version to match yet and takes {@link Creation} instead, so the OpenAPI document offers each operation only
 * the headers it reads.
 */
public record CommandHeaders(
        @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
        @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {

    /** The one description of {@code If-Match}, also for an operation that declares the header on its own. */
    public static final String IF_MATCH_DESCRIPTION =
            "The ETag (version) the command applies to; a stale one is refused with 412";
    /** The one description of {@code Idempotency-Key}, also for an operation that declares the header on its own. */
    public static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "Makes a retried request return the first response instead of acting twice";

    /** The version {@code If-Match} names; empty when it is absent or {@code *}; a malformed one is a 400. */
    public OptionalLong expectedVersion() {
        return ETags.expectedVersion(ifMatch);
    }

    /** The headers of a command that creates a record: only {@code Idempotency-Key}. */
    public record Creation(
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    }
}

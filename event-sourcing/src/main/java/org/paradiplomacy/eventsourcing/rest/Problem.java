package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.eventsourcing.domain.FieldError;

/**
 * An RFC 9457 problem details body: every error the services return has this shape, with
 * {@code application/problem+json}. {@code errors} names each field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details: what went wrong, and where.")
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem", examples = "urn:paradiplomacy:problem:validation")
        String type,
        @Schema(description = "A short summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code", examples = "422")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "countryCode: XX is not an ISO 3166-1 alpha-2 code")
        String detail,
        @Schema(description = "The request path this problem occurred on", examples = "/api/v1/actors")
        String instance,
        @Schema(description = "Each field at fault, as a path into the request body or the parameter's name")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}

package org.paradiplomacy.eventsourcing.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.rest.Problem;
import org.paradiplomacy.eventsourcing.security.Roles;

/** Operators check the topics against the event store, repair gaps, and retry parked streams: role admin. */
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = "observatory.outbox.enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/admin/publication")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication", description = "Checking and repairing what the service published to Kafka")
public class PublicationResource {

    private final PublicationVerifier verifier;
    private final ParkedStreams parkedStreams;

    public PublicationResource(PublicationVerifier verifier, ParkedStreams parkedStreams) {
        this.verifier = verifier;
        this.parkedStreams = parkedStreams;
    }

    @POST
    @Path("/verification")
    @Operation(operationId = "startPublicationVerification", summary = "Compare the topics with the event store",
            description = "Reads the service's topics from their beginning and compares them with the event store by"
                    + " event id: events the relay published that no topic holds (missing), extra copies"
                    + " (duplicated) and events that arrived after a later one of their stream (out of order), per"
                    + " stream. With `repair=true` it then republishes the missing events, each stream's in stream"
                    + " order; consumers skip events they already have. Runs in the background: follow it with GET."
                    + " 409 while one runs.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = VerificationProgress.class)))
    @APIResponse(responseCode = "409", description = "A verification is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@Parameter(description = "Also republish the missing events")
            @QueryParam("repair") @DefaultValue("false") boolean repair) {
        return Response.accepted(verifier.start(repair)).build();
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "getPublicationVerification", summary = "Progress and findings of the verification",
            description = "`idle` before the first one; `done` with its findings and a one-line summary.")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(schema = @Schema(implementation = VerificationProgress.class)))
    public VerificationProgress verification() {
        return verifier.progress();
    }

    @GET
    @Path("/parked-streams")
    @Operation(operationId = "listParkedStreams", summary = "Streams whose publication waits",
            description = "Streams the broker refused an event of for good (too large, invalid), oldest first, at"
                    + " most " + ParkedStreams.MAX_LISTED + ". Their events wait in order; every other stream flows.")
    @APIResponse(responseCode = "200", description = "The parked streams")
    public List<ParkedStream> parked() {
        return parkedStreams.list();
    }

    @POST
    @Path("/parked-streams/{streamId}/retry")
    @Operation(operationId = "retryParkedStream", summary = "Publish a parked stream's waiting events again",
            description = "The leading relay tries again on its next round: on success the stream flows again, else"
                    + " it stays parked with the new reason.")
    @APIResponse(responseCode = "202", description = "The retry is scheduled")
    @APIResponse(responseCode = "404", description = "No such parked stream",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("streamId") String streamId) {
        if (!parkedStreams.requestRetry(streamId)) {
            throw new NotFound("stream " + streamId + " is not parked");
        }
        return Response.accepted().build();
    }
}

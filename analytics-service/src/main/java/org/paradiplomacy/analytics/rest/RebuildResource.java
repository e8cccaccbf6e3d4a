package org.paradiplomacy.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.analytics.rebuild.RebuildProgress;
import org.paradiplomacy.analytics.rebuild.Rebuilder;
import org.paradiplomacy.eventsourcing.security.Roles;

/** Operators rebuild the statistics from the beginning of the topics, and follow its progress: role admin. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Rebuilding the statistics")
public class RebuildResource {

    private final Rebuilder rebuilder;

    public RebuildResource(Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild the statistics",
            description = "Replays every event from the beginning of the topics into a fresh projection while the"
                    + " current figures are still served, and switches over in one step once it has caught up."
                    + " 409 while a rebuild runs.")
    @APIResponse(responseCode = "202", description = "Started; follow it with GET",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    public Response start() {
        return Response.accepted(rebuilder.start()).build();
    }

    @GET
    @Operation(operationId = "getRebuild", summary = "Progress of the rebuild",
            description = "Events done, rate, events left and estimated time left; `done` once switched over.")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    public RebuildProgress progress() {
        return rebuilder.progress();
    }
}

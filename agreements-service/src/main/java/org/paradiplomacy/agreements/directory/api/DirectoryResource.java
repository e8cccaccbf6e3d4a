package org.paradiplomacy.agreements.directory.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.agreements.directory.DirectoryEntry;
import org.paradiplomacy.eventsourcing.domain.NotFound;

/**
 * What this service knows of an actor. A client that has just registered an actor can ask here (or simply retry
 * on 422) until the actor is known, before naming it in an engagement.
 */
@Path("/api/v1/directory/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "The actors this service knows, from the actors topic")
public class DirectoryResource {

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDirectoryEntry", summary = "Is this actor known here yet?",
            description = "The actor as this service's directory knows it. 404 until its ActorRegistered event has"
                    + " arrived from the actors topic, usually well under a second after registration.")
    @APIResponse(responseCode = "200", description = "The actor is known",
            content = @Content(schema = @Schema(implementation = DirectoryEntryModel.class)))
    public DirectoryEntryModel get(@PathParam("id") String id) {
        DirectoryEntry entry = DirectoryEntry.findById(id);
        if (entry == null) {
            throw new NotFound("Actor " + id + " is not known here (yet)");
        }
        return new DirectoryEntryModel(entry.id, entry.kind, entry.nameEn, entry.country, entry.subdivision,
                entry.retired, entry.mergedInto, entry.withdrawn, entry.version);
    }
}

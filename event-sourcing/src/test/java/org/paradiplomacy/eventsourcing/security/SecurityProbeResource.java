package org.paradiplomacy.eventsourcing.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.EventMetadata;

/** A write that needs the role editor and answers with the metadata its events would carry. */
@Path("/api/v1/security-probe")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityProbeResource {

    private final RequestMetadata metadata;
    private final Idempotency idempotency;

    public SecurityProbeResource(RequestMetadata metadata, Idempotency idempotency) {
        this.metadata = metadata;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response write(@HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(key, "probe", Map.of(), () -> {
            EventMetadata current = metadata.get();
            return Response.status(201).entity(Map.of("effect", UUID.randomUUID().toString(),
                    "principal", current.principal(), "subject", String.valueOf(current.subject()),
                    "username", String.valueOf(current.username()), "clientId", String.valueOf(current.clientId())))
                    .build();
        });
    }

    @GET
    public Map<String, String> read() {
        return Map.of("principal", metadata.get().principal());
    }
}

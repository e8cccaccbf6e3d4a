package org.paradiplomacy.eventsourcing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.eventsourcing.store.ConcurrencyConflict;

/** A resource that fails in every way a service can, to test the problem details the kernel answers with. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Names(@NotBlank String en) {
    }

    public record Body(@NotNull @Valid Names names, @Size(max = 2) List<@NotBlank String> aliases, LocalDate since) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Body echo(@NotNull @Valid Body body) {
        return body;
    }

    @GET
    @Path("/fail/{how}")
    public String fail(@PathParam("how") String how) {
        throw switch (how) {
            case "rule" -> new RuleViolation("parties[1]", "is listed twice");
            case "state" -> new StateConflict("The agreement is already terminated");
            case "missing" -> new NotFound("No actor 42");
            case "version" -> new ConcurrencyConflict("s-1", 3, 4);
            default -> new IllegalStateException("a bug");
        };
    }
}

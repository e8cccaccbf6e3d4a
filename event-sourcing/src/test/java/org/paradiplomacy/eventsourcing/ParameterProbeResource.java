package org.paradiplomacy.eventsourcing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/** Parameters of the kinds the services take, to test how the kernel reads them. */
@Path("/parameter-probe")
@Produces(MediaType.TEXT_PLAIN)
public class ParameterProbeResource {

    @GET
    public String echo(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("limit") Integer limit, @QueryParam("after") Long after, @QueryParam("asOf") LocalDate asOf) {
        return page + " " + limit + " " + after + " " + asOf;
    }
}

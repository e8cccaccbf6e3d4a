package org.paradiplomacy.agreements.mission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.EngagementQuery;
import org.paradiplomacy.agreements.engagement.api.EngagementReads;
import org.paradiplomacy.agreements.engagement.api.Page;
import org.paradiplomacy.agreements.engagement.api.WithdrawalRequest;
import org.paradiplomacy.agreements.mission.MissionCommand;
import org.paradiplomacy.agreements.mission.MissionService;
import org.paradiplomacy.eventsourcing.security.Roles;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The missions API: plan trade missions, official visits and delegations, then complete or cancel them. */
@Path("/api/v1/missions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Missions", description = "Trade missions, official visits and delegations")
public class MissionResource {

    private final MissionService missions;
    private final Idempotency idempotency;

    public MissionResource(MissionService missions, Idempotency idempotency) {
        this.missions = missions;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(operationId = "planMission", summary = "Plan a mission",
            description = "MissionPlanned, possibly in the past to record history. A leader and one or more hosts,"
                    + " the leader not among them; dates as precise as their sources (`2019`, `2019-05`, `2019-05-09`)."
                    + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MissionRequest.class),
            examples = {@ExampleObject(name = "trade mission", value = """
                    {"kind": "trade-mission", "leader": "<id of Biobío>", "hosts": ["<id of Hubei>"],
                     "startsOn": "2015-10-12", "endsOn": "2015-10-18", "purpose": "Promote exports", "fields": ["trade"]}"""),
                    @ExampleObject(name = "dated to a month, with its source", value = """
                    {"kind": "official-visit", "leader": "<id of Biobío>", "hosts": ["<id of Hubei>"], "startsOn": "2015-10",
                     "sources": [{"title": "Biobío delegation visits Hubei", "url": "https://www.gorebiobio.cl/noticias/2015-10",
                                  "publisher": "Gobierno Regional del Biobío", "publishedOn": "2015-10", "language": "es"}]}""")}))
    @APIResponse(responseCode = "201", description = "Planned; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response plan(@NotNull @Valid MissionRequest body,
            @BeanParam CommandHeaders.Creation headers, @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "planMission", body, uri, "api/v1/missions",
                () -> MissionModel.of(missions.plan(body)));
    }

    @GET
    @Operation(operationId = "listMissions", summary = "List missions", description = "Missions matching every filter given, latest start first (a start given as a month or a year by its first day).")
    @APIResponse(responseCode = "200", description = "One page of missions")
    public Page<MissionModel> list(@BeanParam EngagementQuery query,
            @Parameter(description = "trade-mission, official-visit or delegation") @QueryParam("kind") String kind,
            @Parameter(description = "planned, completed or cancelled") @QueryParam("status") String status,
            @Parameter(description = Docs.FIELD) @QueryParam("field") String field,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return EngagementReads.page(missions, query.filter(kind, status, field), page, size, MissionModel::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMission", summary = "Get a mission", description = "The mission folded from its events, with every source of its steps; with asOf, as it stood that day (a mission counts from its start; a month or year from its last day, or from the day it was recorded if that lies within it).")
    public RestResponse<MissionModel> get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return EngagementReads.get(missions, id, asOf, MissionModel::of);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getMissionHistory", summary = "A mission's event history", description = "As published to paradiplomacy.missions.v1.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return EngagementReads.history(missions, id);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/completion")
    @Operation(operationId = "completeMission", summary = "Complete a planned mission", description = "MissionCompleted: not wholly before it started, not wholly in the future; a cancelled mission cannot be completed (409).")
    @APIResponse(responseCode = "200", description = "The completed mission", content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response complete(@PathParam("id") String id, @NotNull @Valid CompletionRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "completeMission:" + id, body,
                () -> MissionModel.of(missions.complete(id, expected, body)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/cancellation")
    @Operation(operationId = "cancelMission", summary = "Cancel a planned mission", description = "MissionCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled mission", content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response cancel(@PathParam("id") String id, @NotNull @Valid CancellationRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "cancelMission:" + id, body, () -> MissionModel.of(
                missions.execute(id, expected, new MissionCommand.CancelMission(body.cancelledOn(), body.reason(),
                        body.sources(), null))));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawMission", summary = "Withdraw a mission recorded in error",
            description = "MissionWithdrawn, with its reason: for a record that should never have been made, whatever"
                    + " its status (a mission that did not take place is cancelled instead)." + Docs.WITHDRAW)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "recorded twice", value = """
                    {"reason": "Recorded twice: the same visit is recorded as 7c3d9e2f-1a4b-4c5d-8e6f-9a0b1c2d3e4f"}""")))
    @APIResponse(responseCode = "200", description = "The withdrawn mission, with its withdrawal",
            content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        var withdraw = new MissionCommand.WithdrawMission(body.reason(), body.sources(), null);
        return Responses.ok(idempotency, headers.idempotencyKey(), "withdrawMission:" + id, body,
                () -> MissionModel.of(missions.execute(id, expected, withdraw)));
    }
}

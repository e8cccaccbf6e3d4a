package org.paradiplomacy.agreements.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.agreements.readmodel.EngagementFilter;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;
import jakarta.ws.rs.core.HttpHeaders;
import org.paradiplomacy.agreements.domain.MissionCommand;
import org.paradiplomacy.agreements.rest.model.CancellationRequest;
import org.paradiplomacy.agreements.rest.model.CompletionRequest;
import org.paradiplomacy.agreements.rest.model.MissionModel;
import org.paradiplomacy.agreements.rest.model.MissionRequest;
import org.paradiplomacy.agreements.rest.model.Page;
import org.paradiplomacy.agreements.service.MissionService;
import org.paradiplomacy.eventsourcing.rest.ETags;

/** The missions API: plan trade missions, official visits and delegations, then complete or cancel them. */
@Path("/api/v1/missions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Missions", description = "Trade missions, official visits and delegations")
public class MissionResource {

    private final MissionService missions;
    private final EngagementReadModel readModel;
    private final Idempotency idempotency;

    public MissionResource(MissionService missions, EngagementReadModel readModel, Idempotency idempotency) {
        this.missions = missions;
        this.readModel = readModel;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "planMission", summary = "Plan a mission",
            description = "MissionPlanned, possibly in the past to record history. A leader and one or more hosts,"
                    + " the leader not among them." + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MissionRequest.class),
            examples = @ExampleObject(name = "trade mission", value = """
                    {"kind": "trade-mission", "leader": "<id of Biobío>", "hosts": ["<id of Hubei>"],
                     "startsOn": "2015-10-12", "endsOn": "2015-10-18", "purpose": "Promote exports", "fields": ["trade"]}""")))
    @APIResponse(responseCode = "201", description = "Planned; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response plan(@NotNull @Valid MissionRequest body,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Responses.created(idempotency, idempotencyKey, "planMission", body, uri, "api/v1/missions",
                () -> missions.plan(body));
    }

    @GET
    @Operation(operationId = "listMissions", summary = "List missions", description = "Missions matching every filter given, latest start first.")
    @APIResponse(responseCode = "200", description = "One page of missions")
    public Page<MissionModel> list(
            @Parameter(description = Docs.ACTOR) @QueryParam("actor") String actor,
            @Parameter(description = Docs.COUNTRY) @QueryParam("country") String country,
            @Parameter(description = Docs.SUBDIVISION) @QueryParam("subdivision") String subdivision,
            @Parameter(description = "trade-mission, official-visit or delegation") @QueryParam("kind") String kind,
            @Parameter(description = "planned, completed or cancelled") @QueryParam("status") String status,
            @Parameter(description = Docs.FIELD) @QueryParam("field") String field,
            @Parameter(description = Docs.FROM) @QueryParam("from") LocalDate from,
            @Parameter(description = Docs.TO) @QueryParam("to") LocalDate to,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = readModel.search(MissionService.STREAM_TYPE,
                new EngagementFilter(actor, country, subdivision, kind, status, field, from, to), page, size,
                MissionModel.class);
        return new Page<>(result.items(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMission", summary = "Get a mission", description = "The mission folded from its events; with asOf, as it stood that day (a mission counts from its first day).")
    @APIResponse(responseCode = "200", description = "The mission", content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response get(@PathParam("id") String id, @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return asOf != null ? Response.ok(missions.getAsOf(id, asOf)).build() : Responses.current(missions.get(id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getMissionHistory", summary = "A mission's event history", description = "As published to paradiplomacy.missions.v1.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(schema = @Schema(implementation = HistoryItem.class, type = SchemaType.ARRAY)))
    public List<HistoryItem> history(@PathParam("id") String id) {
        return missions.history(id).stream().map(HistoryItem::of).toList();
    }

    @POST
    @Path("/{id}/completion")
    @Operation(operationId = "completeMission", summary = "Complete a planned mission", description = "MissionCompleted: not before it started; a cancelled mission cannot be completed (409).")
    @APIResponse(responseCode = "200", description = "The completed mission", content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response complete(@PathParam("id") String id, @NotNull @Valid CompletionRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        var expected = ETags.expectedVersion(ifMatch);
        return Responses.ok(idempotency, idempotencyKey, "completeMission:" + id, body,
                () -> missions.complete(id, expected, body));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(operationId = "cancelMission", summary = "Cancel a planned mission", description = "MissionCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled mission", content = @Content(schema = @Schema(implementation = MissionModel.class)))
    public Response cancel(@PathParam("id") String id, @NotNull @Valid CancellationRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        var expected = ETags.expectedVersion(ifMatch);
        return Responses.ok(idempotency, idempotencyKey, "cancelMission:" + id, body,
                () -> missions.execute(id, expected, new MissionCommand.CancelMission(body.cancelledOn(), body.reason())));
    }
}

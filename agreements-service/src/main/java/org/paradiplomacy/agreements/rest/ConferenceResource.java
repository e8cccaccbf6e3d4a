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
import org.paradiplomacy.agreements.rest.model.ConferenceModel;
import org.paradiplomacy.agreements.rest.model.ConferenceRequest;
import org.paradiplomacy.agreements.rest.model.Page;
import org.paradiplomacy.agreements.service.ConferenceService;

/** The conferences API. */
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conferences", description = "Conferences and forums held, with host and participants")
public class ConferenceResource {

    private final ConferenceService conferences;
    private final EngagementReadModel readModel;
    private final Idempotency idempotency;

    public ConferenceResource(ConferenceService conferences, EngagementReadModel readModel, Idempotency idempotency) {
        this.conferences = conferences;
        this.readModel = readModel;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "recordConference", summary = "Record a conference that was held", description = "ConferenceHeld: a host and one or more distinct participants, on past dates." + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConferenceRequest.class),
            examples = @ExampleObject(name = "conference", value = """
                    {"title": "China–LAC Local Governments Cooperation Forum", "series": "China–LAC Local Governments Cooperation Forum", "host": "<id of the host>", "participants": ["<id>", "<id>"], "startsOn": "2016-11-24"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = ConferenceModel.class)))
    public Response record(@NotNull @Valid ConferenceRequest body,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Responses.created(idempotency, idempotencyKey, "recordConference", body, uri, "api/v1/conferences",
                () -> conferences.hold(body));
    }

    @GET
    @Operation(operationId = "listConferences", summary = "List conferences", description = "Conferences matching every filter given, latest first.")
    @APIResponse(responseCode = "200", description = "One page of conferences")
    public Page<ConferenceModel> list(
            @Parameter(description = Docs.ACTOR) @QueryParam("actor") String actor,
            @Parameter(description = Docs.COUNTRY) @QueryParam("country") String country,
            @Parameter(description = Docs.SUBDIVISION) @QueryParam("subdivision") String subdivision,
            @Parameter(description = Docs.FROM) @QueryParam("from") LocalDate from,
            @Parameter(description = Docs.TO) @QueryParam("to") LocalDate to,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = readModel.search(ConferenceService.STREAM_TYPE,
                new EngagementFilter(actor, country, subdivision, null, null, null, from, to), page, size,
                ConferenceModel.class);
        return new Page<>(result.items(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConference", summary = "Get a conference", description = "With asOf, 404 before the day it happened.")
    @APIResponse(responseCode = "200", description = "The conference", content = @Content(schema = @Schema(implementation = ConferenceModel.class)))
    public Response get(@PathParam("id") String id, @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return asOf != null ? Response.ok(conferences.getAsOf(id, asOf)).build() : Responses.current(conferences.get(id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getConferenceHistory", summary = "A conference's event history", description = "As published to paradiplomacy.conferences.v1.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(schema = @Schema(implementation = HistoryItem.class, type = SchemaType.ARRAY)))
    public List<HistoryItem> history(@PathParam("id") String id) {
        return conferences.history(id).stream().map(HistoryItem::of).toList();
    }
}

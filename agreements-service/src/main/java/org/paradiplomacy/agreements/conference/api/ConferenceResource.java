package org.paradiplomacy.agreements.conference.api;

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
import org.paradiplomacy.agreements.conference.ConferenceService;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.EngagementQuery;
import org.paradiplomacy.agreements.engagement.api.EngagementReads;
import org.paradiplomacy.agreements.engagement.api.Page;
import org.paradiplomacy.agreements.engagement.api.WithdrawalRequest;
import org.paradiplomacy.eventsourcing.security.Roles;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The conferences API. */
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conferences", description = "Conferences and forums held, with host and participants")
public class ConferenceResource {

    private final ConferenceService conferences;
    private final Idempotency idempotency;

    public ConferenceResource(ConferenceService conferences, Idempotency idempotency) {
        this.conferences = conferences;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(operationId = "recordConference", summary = "Record a conference that was held", description = "ConferenceHeld: a host and one or more distinct participants other than the host, on dates as precise as their sources and not wholly in the future; the event carries the actors' names and places as the directory knows them." + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConferenceRequest.class),
            examples = {@ExampleObject(name = "conference", value = """
                    {"title": "China–LAC Local Governments Cooperation Forum", "series": "China–LAC Local Governments Cooperation Forum", "host": "<id of the host>", "participants": ["<id>", "<id>"], "startsOn": "2016-11-24"}"""),
                    @ExampleObject(name = "dated to a month, with its source", value = """
                    {"title": "China–LAC Local Governments Cooperation Forum", "host": "<id of the host>", "participants": ["<id>"], "startsOn": "2016-11", "place": "Chongqing",
                     "sources": [{"title": "China–LAC local governments meet in Chongqing", "url": "https://www.cpaffc.org.cn/", "publishedOn": "2016-11", "language": "zh"}]}""")}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = ConferenceModel.class)))
    public Response record(@NotNull @Valid ConferenceRequest body, @BeanParam CommandHeaders.Creation headers,
            @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "recordConference", body, uri, "api/v1/conferences",
                () -> ConferenceModel.of(conferences.hold(body)));
    }

    @GET
    @Operation(operationId = "listConferences", summary = "List conferences", description = "Conferences matching every filter given, latest first.")
    @APIResponse(responseCode = "200", description = "One page of conferences")
    public Page<ConferenceModel> list(@BeanParam EngagementQuery query,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return EngagementReads.page(conferences, query.filter(), page, size, ConferenceModel::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConference", summary = "Get a conference", description = "With every source; with asOf, 404 before it counts (a month or year from its last day, or from the day it was recorded if that lies within it).")
    public RestResponse<ConferenceModel> get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return EngagementReads.get(conferences, id, asOf, ConferenceModel::of);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getConferenceHistory", summary = "A conference's event history", description = "As published to paradiplomacy.conferences.v1.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return EngagementReads.history(conferences, id);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/corrections")
    @Operation(operationId = "correctConference", summary = "Correct a conference",
            description = "ConferenceCorrected: the whole conference again, as its recording takes it and checked alike"
                    + " (the host not among the participants); it replaces the record from its start, in every figure"
                    + " and at every date. A correction that changes nothing and brings no new source records nothing"
                    + " (the same version is answered). With If-Match, only at that version (412 otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConferenceRequest.class),
            examples = @ExampleObject(name = "the date corrected, with its source", value = """
                    {"title": "China–LAC Local Governments Cooperation Forum", "host": "<id of the host>", "participants": ["<id>"], "startsOn": "2016-11-24", "place": "Chongqing",
                     "sources": [{"title": "China–LAC local governments meet in Chongqing", "url": "https://www.cpaffc.org.cn/", "publishedOn": "2016-11-25", "language": "zh"}]}""")))
    @APIResponse(responseCode = "200", description = "The corrected conference; ETag is its version",
            content = @Content(schema = @Schema(implementation = ConferenceModel.class)))
    public Response correct(@PathParam("id") String id, @NotNull @Valid ConferenceRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "correctConference:" + id, body,
                () -> ConferenceModel.of(conferences.correct(id, expected, body)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawConference", summary = "Withdraw a conference recorded in error",
            description = "ConferenceWithdrawn, with its reason." + Docs.WITHDRAW)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "recorded twice", value = """
                    {"reason": "Recorded twice: the same forum is recorded as 2b4c6d8e-0f1a-4b3c-9d5e-7f9a1b3c5d7e"}""")))
    @APIResponse(responseCode = "200", description = "The withdrawn conference, with its withdrawal",
            content = @Content(schema = @Schema(implementation = ConferenceModel.class)))
    public Response withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "withdrawConference:" + id, body,
                () -> ConferenceModel.of(conferences.withdraw(id, expected, body.reason(), body.sources())));
    }
}

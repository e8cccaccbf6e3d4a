package org.paradiplomacy.agreements.statement.api;

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
import org.paradiplomacy.agreements.statement.StatementService;
import org.paradiplomacy.eventsourcing.security.Roles;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The statements API. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Official public statements by actors about their counterparts")
public class StatementResource {

    private final StatementService statements;
    private final Idempotency idempotency;

    public StatementResource(StatementService statements, Idempotency idempotency) {
        this.statements = statements;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(operationId = "recordStatement", summary = "Record a public statement", description = "StatementIssued: an issuer and the counterparts it is about, on a date as precise as its source and not wholly in the future; the event carries the actors' names and places as the directory knows them." + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatementRequest.class),
            examples = {@ExampleObject(name = "statement", value = """
                    {"issuer": "<id of Wuhan>", "about": ["<id of Concepción>"], "issuedOn": "2016-04-25", "title": "Wuhan and Concepción become sister cities"}"""),
                    @ExampleObject(name = "dated to a month, with its source", value = """
                    {"issuer": "<id of Wuhan>", "about": ["<id of Concepción>"], "issuedOn": "2016-04", "title": "Wuhan and Concepción become sister cities",
                     "sources": [{"title": "Wuhan and Concepción become sister cities", "url": "https://www.hubei.gov.cn/news/2016-04-25.html", "publishedOn": "2016-04", "language": "zh"}]}""")}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = StatementModel.class)))
    public Response record(@NotNull @Valid StatementRequest body, @BeanParam CommandHeaders.Creation headers,
            @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "recordStatement", body, uri, "api/v1/statements",
                () -> StatementModel.of(statements.issue(body)));
    }

    @GET
    @Operation(operationId = "listStatements", summary = "List statements", description = "Statements matching every filter given, latest first.")
    @APIResponse(responseCode = "200", description = "One page of statements")
    public Page<StatementModel> list(@BeanParam EngagementQuery query,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return EngagementReads.page(statements, query.filter(), page, size, StatementModel::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStatement", summary = "Get a statement", description = "With its sources; with asOf, 404 before it counts (a month or year from its last day, or from the day it was recorded if that lies within it).")
    public RestResponse<StatementModel> get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return EngagementReads.get(statements, id, asOf, StatementModel::of);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getStatementHistory", summary = "A statement's event history", description = "As published to paradiplomacy.statements.v1.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return EngagementReads.history(statements, id);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/corrections")
    @Operation(operationId = "correctStatement", summary = "Correct a statement",
            description = "StatementCorrected: the whole statement again, as its recording takes it and checked alike;"
                    + " it replaces the record from its start, in every figure and at every date. A correction that"
                    + " changes nothing and brings no new source records nothing (the same version is answered). With"
                    + " If-Match, only at that version (412 otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatementRequest.class),
            examples = @ExampleObject(name = "the date corrected, with its source", value = """
                    {"issuer": "<id of Wuhan>", "about": ["<id of Concepción>"], "issuedOn": "2016-04-25", "title": "Wuhan and Concepción become sister cities",
                     "sources": [{"title": "Wuhan and Concepción become sister cities", "url": "https://www.hubei.gov.cn/news/2016-04-25.html", "publishedOn": "2016-04-25", "language": "zh"}]}""")))
    @APIResponse(responseCode = "200", description = "The corrected statement; ETag is its version",
            content = @Content(schema = @Schema(implementation = StatementModel.class)))
    public Response correct(@PathParam("id") String id, @NotNull @Valid StatementRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "correctStatement:" + id, body,
                () -> StatementModel.of(statements.correct(id, expected, body)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawStatement", summary = "Withdraw a statement recorded in error",
            description = "StatementWithdrawn, with its reason." + Docs.WITHDRAW)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "wrong issuer", value = """
                    {"reason": "Issued by Concepción, not Wuhan: recorded again with its issuer"}""")))
    @APIResponse(responseCode = "200", description = "The withdrawn statement, with its withdrawal",
            content = @Content(schema = @Schema(implementation = StatementModel.class)))
    public Response withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalRequest body,
            @BeanParam CommandHeaders headers) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), "withdrawStatement:" + id, body,
                () -> StatementModel.of(statements.withdraw(id, expected, body.reason(), body.sources())));
    }
}

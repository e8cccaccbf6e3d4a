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
import jakarta.ws.rs.core.HttpHeaders;
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
import org.paradiplomacy.agreements.domain.AgreementCommand;
import org.paradiplomacy.agreements.readmodel.EngagementFilter;
import org.paradiplomacy.agreements.readmodel.EngagementReadModel;
import org.paradiplomacy.agreements.rest.model.AgreementModel;
import org.paradiplomacy.agreements.rest.model.AgreementRequest;
import org.paradiplomacy.agreements.rest.model.ExpiryRequest;
import org.paradiplomacy.agreements.rest.model.Page;
import org.paradiplomacy.agreements.rest.model.ReinstatementRequest;
import org.paradiplomacy.agreements.rest.model.RenewalRequest;
import org.paradiplomacy.agreements.rest.model.SigningRequest;
import org.paradiplomacy.agreements.rest.model.SuspensionRequest;
import org.paradiplomacy.agreements.rest.model.TerminationRequest;
import org.paradiplomacy.agreements.service.AgreementService;
import org.paradiplomacy.eventsourcing.rest.ETags;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The agreements API: record agreements and take them through their life. */
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Sister-city, friendly-exchange and cooperation agreements, MoUs and letters of intent")
public class AgreementResource {

    private final AgreementService agreements;
    private final EngagementReadModel readModel;
    private final Idempotency idempotency;

    public AgreementResource(AgreementService agreements, EngagementReadModel readModel, Idempotency idempotency) {
        this.agreements = agreements;
        this.readModel = readModel;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "recordAgreement", summary = "Propose an agreement, or record one already signed",
            description = "AgreementProposed; with `signed`, also AgreementSigned on that past date. Two or more"
                    + " distinct parties." + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementRequest.class),
            examples = @ExampleObject(name = "signed", summary = "Wuhan and Concepción, sister cities since 2016-04-07", value = """
                    {"kind": "sister-city", "title": "Sister-city agreement between Wuhan and Concepción",
                     "parties": ["<id of Wuhan>", "<id of Concepción>"], "fields": ["culture", "education", "trade"],
                     "signed": {"signedOn": "2016-04-07", "place": "Wuhan"}}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response record(@NotNull @Valid AgreementRequest body,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Responses.created(idempotency, idempotencyKey, "recordAgreement", body, uri, "api/v1/agreements",
                () -> agreements.record(body));
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements matching every filter given, newest signing (or proposal) first.")
    @APIResponse(responseCode = "200", description = "One page of agreements")
    public Page<AgreementModel> list(
            @Parameter(description = Docs.ACTOR) @QueryParam("party") String party,
            @Parameter(description = Docs.COUNTRY, example = "CL") @QueryParam("country") String country,
            @Parameter(description = Docs.SUBDIVISION, example = "CL-BI") @QueryParam("subdivision") String subdivision,
            @Parameter(description = "Kind of agreement", example = "sister-city") @QueryParam("kind") String kind,
            @Parameter(description = "proposed, signed, suspended, terminated or expired", example = "signed") @QueryParam("status") String status,
            @Parameter(description = Docs.FIELD, example = "trade") @QueryParam("field") String field,
            @Parameter(description = Docs.FROM) @QueryParam("from") LocalDate from,
            @Parameter(description = Docs.TO) @QueryParam("to") LocalDate to,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = readModel.search(AgreementService.STREAM_TYPE,
                new EngagementFilter(party, country, subdivision, kind, status, field, from, to), page, size,
                AgreementModel.class);
        return new Page<>(result.items(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreement", summary = "Get an agreement",
            description = "The agreement folded from its events; with asOf, as it stood that day.")
    @APIResponse(responseCode = "200", description = "The agreement; ETag is its version (not sent with asOf)",
            content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return asOf != null ? Response.ok(agreements.getAsOf(id, asOf)).build() : Responses.current(agreements.get(id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getAgreementHistory", summary = "An agreement's event history",
            description = "Every event recorded for the agreement, oldest first, as published to paradiplomacy.agreements.v1.")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = HistoryItem.class, type = SchemaType.ARRAY)))
    public List<HistoryItem> history(@PathParam("id") String id) {
        return agreements.history(id).stream().map(HistoryItem::of).toList();
    }

    @POST
    @Path("/{id}/signature")
    @Operation(operationId = "signAgreement", summary = "Sign a proposed agreement", description = "AgreementSigned: not in the future, not before the proposal.")
    @APIResponse(responseCode = "200", description = "The signed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response sign(@PathParam("id") String id, @NotNull @Valid SigningRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "signAgreement", body,
                new AgreementCommand.SignAgreement(body.signing()));
    }

    @POST
    @Path("/{id}/renewals")
    @Operation(operationId = "renewAgreement", summary = "Renew a signed agreement", description = "AgreementRenewed.")
    @APIResponse(responseCode = "200", description = "The renewed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response renew(@PathParam("id") String id, @NotNull @Valid RenewalRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "renewAgreement", body,
                new AgreementCommand.RenewAgreement(body.renewedOn(), body.validUntil()));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendAgreement", summary = "Suspend a signed agreement", description = "AgreementSuspended.")
    @APIResponse(responseCode = "200", description = "The suspended agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response suspend(@PathParam("id") String id, @NotNull @Valid SuspensionRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "suspendAgreement", body,
                new AgreementCommand.SuspendAgreement(body.suspendedOn(), body.reason()));
    }

    @POST
    @Path("/{id}/reinstatement")
    @Operation(operationId = "reinstateAgreement", summary = "Reinstate a suspended agreement", description = "AgreementReinstated.")
    @APIResponse(responseCode = "200", description = "The agreement in force again", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response reinstate(@PathParam("id") String id, @NotNull @Valid ReinstatementRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "reinstateAgreement", body,
                new AgreementCommand.ReinstateAgreement(body.reinstatedOn()));
    }

    @POST
    @Path("/{id}/termination")
    @Operation(operationId = "terminateAgreement", summary = "Terminate an agreement", description = "AgreementTerminated, with its reason; a terminated agreement cannot be terminated again (409).")
    @APIResponse(responseCode = "200", description = "The terminated agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response terminate(@PathParam("id") String id, @NotNull @Valid TerminationRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "terminateAgreement", body,
                new AgreementCommand.TerminateAgreement(body.terminatedOn(), body.reason()));
    }

    @POST
    @Path("/{id}/expiry")
    @Operation(operationId = "expireAgreement", summary = "Record that an agreement expired", description = "AgreementExpired.")
    @APIResponse(responseCode = "200", description = "The expired agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response expire(@PathParam("id") String id, @NotNull @Valid ExpiryRequest body,
            @Parameter(description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return run(id, ifMatch, idempotencyKey, "expireAgreement", body,
                new AgreementCommand.ExpireAgreement(body.expiredOn()));
    }

    private Response run(String id, String ifMatch, String idempotencyKey, String operation, Object body,
            AgreementCommand command) {
        var expected = ETags.expectedVersion(ifMatch);
        return Responses.ok(idempotency, idempotencyKey, operation + ":" + id, body,
                () -> agreements.execute(id, expected, command));
    }
}

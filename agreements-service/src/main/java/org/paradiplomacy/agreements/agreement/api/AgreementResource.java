package org.paradiplomacy.agreements.agreement.api;

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
import org.paradiplomacy.agreements.agreement.AgreementCommand;
import org.paradiplomacy.agreements.agreement.AgreementService;
import org.paradiplomacy.agreements.engagement.EngagementFilter;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.EngagementReads;
import org.paradiplomacy.agreements.engagement.api.Page;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
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
    private final Idempotency idempotency;

    public AgreementResource(AgreementService agreements, Idempotency idempotency) {
        this.agreements = agreements;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "recordAgreement", summary = "Propose an agreement, or record one already signed",
            description = "AgreementProposed; with `signed`, also AgreementSigned on that past date. Two or more"
                    + " distinct parties. Dates as precise as their sources (`2019`, `2019-05`, `2019-05-09`); each"
                    + " event carries the parties' names and places as the directory knows them, and its sources."
                    + Docs.UNKNOWN_ACTORS)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementRequest.class),
            examples = {@ExampleObject(name = "signed", summary = "Wuhan and Concepción, sister cities since 2016-04-07", value = """
                    {"kind": "sister-city", "title": "Sister-city agreement between Wuhan and Concepción",
                     "parties": ["<id of Wuhan>", "<id of Concepción>"], "fields": ["culture", "education", "trade"],
                     "signed": {"signedOn": "2016-04-07", "place": "Wuhan"}}"""),
                    @ExampleObject(name = "signed in a month, with its source", summary = "A signing a source dates to April 2016", value = """
                    {"kind": "sister-city", "title": "Sister-city agreement between Wuhan and Concepción",
                     "parties": ["<id of Wuhan>", "<id of Concepción>"], "fields": ["culture", "education"],
                     "signed": {"signedOn": "2016-04", "place": "Wuhan",
                                "sources": [{"title": "Wuhan and Concepción become sister cities",
                                             "url": "https://www.hubei.gov.cn/news/2016-04-25.html",
                                             "publisher": "Hubei Provincial People's Government",
                                             "publishedOn": "2016-04", "accessedOn": "2026-11-30", "language": "zh"}]}}""")}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag is its version",
            content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response record(@NotNull @Valid AgreementRequest body,
            @BeanParam CommandHeaders.Creation headers, @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "recordAgreement", body, uri,
                "api/v1/agreements", () -> AgreementModel.of(agreements.record(body)));
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements matching every filter given, newest signing (or proposal) first; a date given as a month or a year sorts by its first day.")
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
        return EngagementReads.page(agreements,
                new EngagementFilter(party, country, subdivision, kind, status, field, from, to), page, size,
                AgreementModel::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreement", summary = "Get an agreement",
            description = "The agreement folded from its events, its version as ETag, with every source of its"
                    + " steps; with asOf, as it stood that day (without an ETag): a step dated to a month or year counts"
                    + " from the period's last day, or from the day it was recorded if that lies within it.")
    public RestResponse<AgreementModel> get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return EngagementReads.get(agreements, id, asOf, AgreementModel::of);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getAgreementHistory", summary = "An agreement's event history",
            description = "Every event recorded for the agreement, oldest first, as published to paradiplomacy.agreements.v1.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return EngagementReads.history(agreements, id);
    }

    @POST
    @Path("/{id}/signature")
    @Operation(operationId = "signAgreement", summary = "Sign a proposed agreement", description = "AgreementSigned: not wholly in the future, not wholly before the proposal (`2019` may follow a proposal on `2019-03-05`, `2018` may not).")
    @APIResponse(responseCode = "200", description = "The signed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response sign(@PathParam("id") String id, @NotNull @Valid SigningRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "signAgreement", body,
                new AgreementCommand.SignAgreement(body.signing()));
    }

    @POST
    @Path("/{id}/renewals")
    @Operation(operationId = "renewAgreement", summary = "Renew a signed agreement", description = "AgreementRenewed.")
    @APIResponse(responseCode = "200", description = "The renewed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response renew(@PathParam("id") String id, @NotNull @Valid RenewalRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "renewAgreement", body,
                new AgreementCommand.RenewAgreement(body.renewedOn(), body.validUntil(), body.sources(), null));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendAgreement", summary = "Suspend a signed agreement", description = "AgreementSuspended.")
    @APIResponse(responseCode = "200", description = "The suspended agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response suspend(@PathParam("id") String id, @NotNull @Valid SuspensionRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "suspendAgreement", body,
                new AgreementCommand.SuspendAgreement(body.suspendedOn(), body.reason(), body.sources(), null));
    }

    @POST
    @Path("/{id}/reinstatement")
    @Operation(operationId = "reinstateAgreement", summary = "Reinstate a suspended agreement", description = "AgreementReinstated.")
    @APIResponse(responseCode = "200", description = "The agreement in force again", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response reinstate(@PathParam("id") String id, @NotNull @Valid ReinstatementRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "reinstateAgreement", body,
                new AgreementCommand.ReinstateAgreement(body.reinstatedOn(), body.sources(), null));
    }

    @POST
    @Path("/{id}/termination")
    @Operation(operationId = "terminateAgreement", summary = "Terminate an agreement", description = "AgreementTerminated, with its reason; a terminated agreement cannot be terminated again (409).")
    @APIResponse(responseCode = "200", description = "The terminated agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response terminate(@PathParam("id") String id, @NotNull @Valid TerminationRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "terminateAgreement", body,
                new AgreementCommand.TerminateAgreement(body.terminatedOn(), body.reason(), body.sources(), null));
    }

    @POST
    @Path("/{id}/expiry")
    @Operation(operationId = "expireAgreement", summary = "Record that an agreement expired", description = "AgreementExpired.")
    @APIResponse(responseCode = "200", description = "The expired agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response expire(@PathParam("id") String id, @NotNull @Valid ExpiryRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "expireAgreement", body,
                new AgreementCommand.ExpireAgreement(body.expiredOn(), body.sources(), null));
    }

    private Response run(String id, CommandHeaders headers, String operation, Object body, AgreementCommand.Step command) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), operation + ":" + id, body,
                () -> AgreementModel.of(agreements.execute(id, expected, command)));
    }
}

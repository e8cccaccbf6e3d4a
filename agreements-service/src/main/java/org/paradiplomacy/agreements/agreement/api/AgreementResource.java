package org.paradiplomacy.agreements.agreement.api;

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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.paradiplomacy.agreements.agreement.Agreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand;
import org.paradiplomacy.agreements.agreement.AgreementService;
import org.paradiplomacy.agreements.engagement.EngagementFilter;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.EngagementReads;
import org.paradiplomacy.agreements.engagement.api.Page;
import org.paradiplomacy.agreements.engagement.api.WithdrawalRequest;
import org.paradiplomacy.eventsourcing.security.Roles;
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

    @RolesAllowed(Roles.EDITOR)
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
                "api/v1/agreements", () -> model(agreements.record(body)));
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
            @Parameter(description = "proposed, signed, suspended, terminated, expired or superseded", example = "signed") @QueryParam("status") String status,
            @Parameter(description = Docs.FIELD, example = "trade") @QueryParam("field") String field,
            @Parameter(description = Docs.FROM) @QueryParam("from") LocalDate from,
            @Parameter(description = Docs.TO) @QueryParam("to") LocalDate to,
            @Parameter(description = Docs.WITHDRAWN) @QueryParam("withdrawn") boolean withdrawn,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = agreements.search(new EngagementFilter(party, country, subdivision, kind, status, field, from, to,
                withdrawn), page, size);
        Map<String, String> upgradedBy = agreements.upgradedBy(result.items().stream().map(Recorded::state).toList());
        return new Page<>(result.items().stream().map(a -> AgreementModel.of(a, upgradedBy.get(a.state().id())))
                .toList(), page, size, result.total());
    }

    @GET
    @Path("/possible-duplicates")
    @Operation(operationId = "listPossibleDuplicates", summary = "Agreements that may be recorded twice",
            description = "Groups of two or more agreements of the same kind between the same set of parties, none"
                    + " withdrawn and not linked to each other by a chain of upgrades (an MoU and the letter of intent"
                    + " it upgrades are no duplicates), by kind and parties. An actor merged into another counts as its"
                    + " survivor. Withdraw the copy recorded in error, or record the later one as an upgrade.")
    @APIResponse(responseCode = "200", description = "One page of groups, with the number of all groups")
    public Page<DuplicatesModel> possibleDuplicates(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size (groups), 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var result = agreements.possibleDuplicates(page, size);
        return new Page<>(result.items().stream().map(DuplicatesModel::of).toList(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreement", summary = "Get an agreement",
            description = "The agreement folded from its events, its version as ETag, with every source of its"
                    + " steps; with asOf, as it stood that day (without an ETag): a step dated to a month or year counts"
                    + " from the period's last day, or from the day it was recorded if that lies within it.")
    public RestResponse<AgreementModel> get(@PathParam("id") String id,
            @Parameter(description = Docs.AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return EngagementReads.get(agreements, id, asOf, this::model);
    }

    @GET
    @Path("/{id}/chain")
    @Operation(operationId = "getAgreementChain", summary = "The chain of upgrades an agreement belongs to",
            description = "Every agreement of the chain, oldest first (letter of intent, MoU, agreement), asked from"
                    + " any of its links: each upgrades the one before it, which it superseded from its signing on."
                    + " An agreement that neither upgrades nor is upgraded is a chain of one.")
    @APIResponse(responseCode = "200", description = "The chain, oldest first",
            content = @Content(schema = @Schema(implementation = AgreementModel.class, type = SchemaType.ARRAY)))
    public List<AgreementModel> chain(@PathParam("id") String id) {
        var chain = agreements.chain(id);
        Map<String, String> upgradedBy = agreements.upgradedBy(chain.stream().map(Recorded::state).toList());
        return chain.stream().map(a -> AgreementModel.of(a, upgradedBy.get(a.state().id()))).toList();
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getAgreementHistory", summary = "An agreement's event history",
            description = "Every event recorded for the agreement, oldest first, as published to paradiplomacy.agreements.v1.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return EngagementReads.history(agreements, id);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/signature")
    @Operation(operationId = "signAgreement", summary = "Sign a proposed agreement", description = "AgreementSigned: not wholly in the future, not wholly before the proposal (`2019` may follow a proposal on `2019-03-05`, `2018` may not).")
    @APIResponse(responseCode = "200", description = "The signed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response sign(@PathParam("id") String id, @NotNull @Valid SigningRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "signAgreement", body,
                new AgreementCommand.SignAgreement(body.signing()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/renewals")
    @Operation(operationId = "renewAgreement", summary = "Renew a signed agreement", description = "AgreementRenewed.")
    @APIResponse(responseCode = "200", description = "The renewed agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response renew(@PathParam("id") String id, @NotNull @Valid RenewalRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "renewAgreement", body,
                new AgreementCommand.RenewAgreement(body.renewedOn(), body.validUntil(), body.sources(), null));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendAgreement", summary = "Suspend a signed agreement", description = "AgreementSuspended.")
    @APIResponse(responseCode = "200", description = "The suspended agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response suspend(@PathParam("id") String id, @NotNull @Valid SuspensionRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "suspendAgreement", body,
                new AgreementCommand.SuspendAgreement(body.suspendedOn(), body.reason(), body.sources(), null));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/reinstatement")
    @Operation(operationId = "reinstateAgreement", summary = "Reinstate a suspended agreement", description = "AgreementReinstated.")
    @APIResponse(responseCode = "200", description = "The agreement in force again", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response reinstate(@PathParam("id") String id, @NotNull @Valid ReinstatementRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "reinstateAgreement", body,
                new AgreementCommand.ReinstateAgreement(body.reinstatedOn(), body.sources(), null));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/termination")
    @Operation(operationId = "terminateAgreement", summary = "Terminate an agreement", description = "AgreementTerminated, with its reason; a terminated agreement cannot be terminated again (409).")
    @APIResponse(responseCode = "200", description = "The terminated agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response terminate(@PathParam("id") String id, @NotNull @Valid TerminationRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "terminateAgreement", body,
                new AgreementCommand.TerminateAgreement(body.terminatedOn(), body.reason(), body.sources(), null));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/expiry")
    @Operation(operationId = "expireAgreement", summary = "Record that an agreement expired", description = "AgreementExpired.")
    @APIResponse(responseCode = "200", description = "The expired agreement", content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response expire(@PathParam("id") String id, @NotNull @Valid ExpiryRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "expireAgreement", body,
                new AgreementCommand.ExpireAgreement(body.expiredOn(), body.sources(), null));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawAgreement", summary = "Withdraw an agreement recorded in error",
            description = "AgreementWithdrawn, with its reason: for a record that should never have been made (recorded"
                    + " twice, the wrong parties), not for an agreement that ended (terminate it)." + Docs.WITHDRAW
                    + " An upgrade that superseded an agreement cannot be withdrawn (409); one not yet signed can, which"
                    + " frees the agreement it named for another upgrade.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "recorded twice", value = """
                    {"reason": "Recorded twice: the same agreement is recorded as 4f2a8c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
                     "sources": [{"title": "Ciudades hermanas de Concepción", "url": "https://www.concepcion.cl/ciudades-hermanas"}]}""")))
    @APIResponse(responseCode = "200", description = "The withdrawn agreement, with its withdrawal",
            content = @Content(schema = @Schema(implementation = AgreementModel.class)))
    public Response withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "withdrawAgreement", body,
                new AgreementCommand.WithdrawAgreement(body.reason(), body.sources(), null, null));
    }

    private Response run(String id, CommandHeaders headers, String operation, Object body, AgreementCommand.Step command) {
        var expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), operation + ":" + id, body,
                () -> model(agreements.execute(id, expected, command)));
    }

    private AgreementModel model(Recorded<Agreement> recorded) {
        return AgreementModel.of(recorded, agreements.upgradedBy(recorded.state()));
    }
}

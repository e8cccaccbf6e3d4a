package org.paradiplomacy.actors.actor.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.actors.actor.application.ActorFilter;
import org.paradiplomacy.actors.actor.application.ActorModel;
import org.paradiplomacy.actors.actor.application.ActorService;
import org.paradiplomacy.actors.actor.model.ActorCommand;
import org.paradiplomacy.eventsourcing.security.Roles;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Problem;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The actors API: register actors, change them one command at a time, and read, list and search them. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Cities, districts, provinces, national bodies, networks and forums")
public class ActorResource {

    private static final int PERMANENT_REDIRECT = 308;

    private final ActorService actors;
    private final Idempotency idempotency;

    public ActorResource(ActorService actors, Idempotency idempotency) {
        this.actors = actors;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(operationId = "registerActor", summary = "Register an actor",
            description = "Records a new actor (ActorRegistered). Codes are checked against ISO 3166-1/3166-2, the"
                    + " M49 regions are derived from the country, and a parent must be in the same country. A city,"
                    + " district or province with coordinates and a country but no subdivision is placed in the"
                    + " first-level region that contains its coordinates, if that region is in its country (`placedBy:"
                    + " coordinates`); `placement` in the answer says where, or why not. A name or alias that matches a"
                    + " live actor of the same kind in the same country (and subdivision, when both have one), ignoring"
                    + " case, accents, punctuation and spaces, is answered 409 `likely-duplicate` with the `candidates`,"
                    + " unless `distinctFrom` names each of them. Every command takes optional `sources` (at most 5,"
                    + " each with a title or a url); an actor whose record has none is answered with `sourced: false`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterActorRequest.class),
            examples = {
                @ExampleObject(name = "city", summary = "Wuhan, in Hubei", value = """
                        {"kind": "city", "names": {"en": "Wuhan", "zh": "武汉市"}, "aliases": ["Wu-han"],
                         "country": "CN", "subdivision": "CN-HB", "coordinates": {"latitude": 30.5928, "longitude": 114.3055},
                         "sources": [{"title": "Wuhan Municipal People's Government: city profile", "url": "https://www.wuhan.gov.cn/zjwh/whgk/",
                          "publisher": "Wuhan Municipal People's Government", "accessedOn": "2026-11-30", "language": "zh"}]}"""),
                @ExampleObject(name = "network", summary = "A city network without a country", value = """
                        {"kind": "network", "names": {"en": "United Cities and Local Governments", "es": "Ciudades y Gobiernos Locales Unidos"},
                         "aliases": ["UCLG", "CGLU"]}""")}))
    @APIResponse(responseCode = "201", description = "Registered; Location names the actor and ETag is its version",
            content = @Content(schema = @Schema(implementation = ActorModel.class)))
    @APIResponse(responseCode = "409", description = "A likely duplicate: the candidates it matches, or another conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = DuplicateProblem.class),
                    examples = @ExampleObject(name = "likely-duplicate", value = """
                            {"type": "urn:paradiplomacy:problem:likely-duplicate", "title": "Likely duplicate", "status": 409,
                             "detail": "An actor of this kind in CN-HB is already named Wuhan (5f0c7a8e-1b2c-4d3e-9f40-123456789abc): give its id in distinctFrom if this is another one, or use it",
                             "instance": "/api/v1/actors",
                             "errors": [{"field": "names.en", "message": "matches Wuhan (5f0c7a8e-1b2c-4d3e-9f40-123456789abc), an actor of this kind in CN-HB"}],
                             "candidates": [{"actorId": "5f0c7a8e-1b2c-4d3e-9f40-123456789abc", "name": "Wuhan", "kind": "city",
                                             "country": "CN", "subdivision": "CN-HB", "matched": "Wuhan"}]}""")))
    public Response register(@NotNull @Valid RegisterActorRequest body, @BeanParam CommandHeaders.Creation headers,
            @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "registerActor", body, uri, "api/v1/actors",
                () -> actors.register(ActorMapper.toNewActor(body)));
    }

    @GET
    @Operation(operationId = "listActors", summary = "List and search actors",
            description = "Actors matching every filter given, by English name. The name search ignores case, accents"
                    + " and punctuation and looks in every language and alias (\"xian\" finds Xi'an and 西安 if it is an alias)."
                    + " Merged actors are never listed: their survivor stands for them (a network's merged member is"
                    + " listed once, as its survivor). Withdrawn actors are listed only with withdrawn=true.")
    public ActorPage list(
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = "ISO 3166-2 subdivision", example = "CN-HB") @QueryParam("subdivision") String subdivision,
            @Parameter(description = "UN M49 region, sub-region or intermediate region", example = "419") @QueryParam("m49") String m49,
            @Parameter(description = "Kind of actor", example = "city") @QueryParam("kind") String kind,
            @Parameter(description = "Current members of this network or forum") @QueryParam("network") String network,
            @Parameter(description = "Actors within this parent") @QueryParam("parent") String parent,
            @Parameter(description = "Part of a name or alias, in any language", example = "wuhan") @QueryParam("q") String name,
            @Parameter(description = "Also list retired actors") @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
            @Parameter(description = "Also list withdrawn actors (recorded in error)") @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn,
            @Parameter(description = "Only the cities, districts and provinces with coordinates and a country but no"
                    + " subdivision: those POST /api/v1/actors/{id}/placement may place") @QueryParam("unplaced") @DefaultValue("false") boolean unplaced,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = actors.search(new ActorFilter(country, subdivision, m49, kind, network, parent, name,
                includeRetired, withdrawn, unplaced), page, size);
        return new ActorPage(result.items(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get an actor",
            description = "The actor folded from its events, its version as ETag. With asOf, the actor as it stood on"
                    + " that day, without an ETag: dated changes (renamings, parents, memberships, retirement) count"
                    + " from the day they took effect; one dated only to a year or a month counts from the last day of"
                    + " that period, or from the day it was recorded if that lies within the period"
                    + " (docs/decisions/0013). A merged actor answers 308 with the Location of the actor that stands"
                    + " for it at the end of its merge chain (its history stays at /{id}/events). A withdrawn actor is"
                    + " still read, with `withdrawal`: why, when and by whom.")
    @APIResponse(responseCode = "200", description = "The actor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    @APIResponse(responseCode = "308", description = "The actor was merged: Location names its survivor (re-point to it)")
    public Response get(@PathParam("id") String id,
            @Parameter(description = "A past date, YYYY-MM-DD", example = "2015-01-01") @QueryParam("asOf") LocalDate asOf,
            @Context UriInfo uri) {
        var survivor = actors.survivorOf(id);
        if (survivor.isPresent()) {
            var location = uri.getBaseUriBuilder().path("api/v1/actors").path(survivor.get());
            if (asOf != null) {
                location.queryParam("asOf", asOf);
            }
            return Response.status(PERMANENT_REDIRECT).location(location.build()).build();
        }
        if (asOf != null) {
            return Response.ok(actors.getAsOf(id, asOf)).build();
        }
        return Responses.current(actors.get(id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getActorHistory", summary = "An actor's event history",
            description = "Every event recorded for the actor, oldest first, as published to paradiplomacy.actors.v1:"
                    + " its dates as given and its sources.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return actors.history(id).stream().map(HistoryItem::of).toList();
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/corrections")
    @Operation(operationId = "correctActor", summary = "Correct an actor's details",
            description = "Replaces names, place, coordinates, population, website and Foreign Affairs Office"
                    + " (ActorDetailsCorrected). Corrections hold at every date. One that changes nothing is recorded"
                    + " only when it brings a source the actor lacks (the way to add a source to a record).")
    @APIResponse(responseCode = "200", description = "The corrected actor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response correct(@PathParam("id") String id, @NotNull @Valid CorrectActorRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "correctActor", body, ActorMapper.toCommand(body, actors.parentOf(id)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/renamings")
    @Operation(operationId = "renameActor", summary = "Rename an actor from a date", description = "Records a new name in effect from effectiveOn (ActorRenamed), a date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "renaming", value = """
            {"names": {"en": "Ñuble Region", "es": "Región de Ñuble"}, "effectiveOn": "2018-09-06",
             "sources": [{"title": "Ley 21.033: crea la XVI Región de Ñuble", "url": "https://www.bcn.cl/leychile/navegar?idNorma=1107013",
                          "publisher": "Biblioteca del Congreso Nacional de Chile", "publishedOn": "2017-09-05", "language": "es"}]}""")))
    @APIResponse(responseCode = "200", description = "The renamed actor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response rename(@PathParam("id") String id, @NotNull @Valid RenameActorRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "renameActor", body,
                new ActorCommand.RenameActor(ActorMapper.toDomain(body.names()), body.effectiveOn(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/aliases")
    @Operation(operationId = "addActorAlias", summary = "Add an alias", description = "Another spelling to match the actor by (ActorAliasAdded); adding a known alias changes nothing.")
    @APIResponse(responseCode = "200", description = "The actor with the alias", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response addAlias(@PathParam("id") String id, @NotNull @Valid AliasRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "addActorAlias", body, new ActorCommand.AddAlias(body.alias(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}/aliases/{alias}")
    @Operation(operationId = "removeActorAlias", summary = "Remove an alias", description = "ActorAliasRemoved. The body"
            + " is optional: the sources that show the alias is wrong.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = RemoveAliasRequest.class)))
    @APIResponse(responseCode = "200", description = "The actor without the alias", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response removeAlias(@PathParam("id") String id, @PathParam("alias") String alias,
            @Parameter(description = CommandHeaders.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid RemoveAliasRequest body) {
        // If-Match only: this operation has never read an Idempotency-Key.
        return run(id, new CommandHeaders(ifMatch, null), "removeActorAlias", alias,
                new ActorCommand.RemoveAlias(alias, body == null ? null : body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/parent-changes")
    @Operation(operationId = "changeActorParent", summary = "Move an actor to another parent", description = "ActorParentChanged, in effect from effectiveOn (YYYY, YYYY-MM or YYYY-MM-DD); the new parent must be in the same country.")
    @APIResponse(responseCode = "200", description = "The actor in its new parent", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response changeParent(@PathParam("id") String id, @NotNull @Valid ChangeParentRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "changeActorParent", body, new ActorCommand.ChangeParent(
                body.parentId() == null ? null : actors.ref(body.parentId()), body.effectiveOn(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/memberships")
    @Operation(operationId = "joinNetwork", summary = "Join a network or forum", description = "NetworkMembershipStarted; the network is an actor of kind network or forum, `since` as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "membership", value = """
            {"networkId": "c40e0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b", "role": "member", "since": "2004",
             "sources": [{"title": "UCLG founding members", "url": "https://www.uclg.org/en/organisation/about", "accessedOn": "2026-11-30"}]}""")))
    @APIResponse(responseCode = "200", description = "The actor with its new membership", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response join(@PathParam("id") String id, @NotNull @Valid JoinNetworkRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "joinNetwork", body, new ActorCommand.JoinNetwork(
                body.networkId() == null ? null : actors.ref(body.networkId()), body.role(), body.since(),
                body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/memberships/{networkId}/end")
    @Operation(operationId = "leaveNetwork", summary = "Leave a network or forum", description = "NetworkMembershipEnded, on the date given (YYYY, YYYY-MM or YYYY-MM-DD), not wholly before the membership began.")
    @APIResponse(responseCode = "200", description = "The actor with the membership ended", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response leave(@PathParam("id") String id, @PathParam("networkId") String networkId,
            @NotNull @Valid LeaveNetworkRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "leaveNetwork", body,
                new ActorCommand.LeaveNetwork(networkId, body.until(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/retirement")
    @Operation(operationId = "retireActor", summary = "Retire an actor", description = "ActorRetired: merged into another actor, or dissolved. A retired actor no longer changes and cannot enter new engagements.")
    @APIResponse(responseCode = "200", description = "The retired actor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response retire(@PathParam("id") String id, @NotNull @Valid RetireActorRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "retireActor", body, new ActorCommand.RetireActor(body.reason(),
                body.mergedInto() == null ? null : actors.ref(body.mergedInto()), body.effectiveOn(),
                body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeActor", summary = "Merge a duplicate into its survivor",
            description = "ActorMerged: this actor is the same body as the survivor, recorded twice. The survivor stands"
                    + " for both from the start, at every date: consumers re-point every record that names the"
                    + " duplicate to the survivor, following the survivor's own merge if it has one. The survivor must"
                    + " be another actor of the same kind, neither merged nor withdrawn (422 naming survivorId"
                    + " otherwise; a survivor that was merged itself is not followed). Afterwards the duplicate's id"
                    + " answers 308 to the survivor and every command on it 409, naming the survivor.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "merge", value = """
            {"survivorId": "5f0c7a8e-1b2c-4d3e-9f40-123456789abc", "reason": "recorded twice",
             "sources": [{"title": "Wuhan Municipal People's Government: city profile", "url": "https://www.wuhan.gov.cn/zjwh/whgk/"}]}""")))
    @APIResponse(responseCode = "200", description = "The merged actor, naming its survivor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response merge(@PathParam("id") String id, @NotNull @Valid MergeActorRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "mergeActor", body, new ActorCommand.MergeActor(
                body.survivorId() == null ? null : actors.ref(body.survivorId()), body.reason(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawActor", summary = "Withdraw an actor recorded in error",
            description = "ActorWithdrawn: the actor never existed as recorded. It leaves every figure at every date,"
                    + " is listed only with withdrawn=true, takes no further command (409), and stays readable with"
                    + " its history and `withdrawal`: the reason, when and by whom.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdrawal", value = """
            {"reason": "recorded in error: the list named a company, not a city"}""")))
    @APIResponse(responseCode = "200", description = "The withdrawn actor", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "withdrawActor", body, new ActorCommand.WithdrawActor(body.reason(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/memberships/{networkId}/withdrawal")
    @Operation(operationId = "withdrawNetworkMembership", summary = "Withdraw a membership recorded in error",
            description = "NetworkMembershipWithdrawn: the actor's latest membership of the network never happened. It"
                    + " leaves every membership figure at every date; the actor stays. 404 when the actor has no"
                    + " membership of that network.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdrawal", value = """
            {"reason": "the city never joined; the list named its province"}""")))
    @APIResponse(responseCode = "200", description = "The actor without the membership", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response withdrawMembership(@PathParam("id") String id, @PathParam("networkId") String networkId,
            @NotNull @Valid WithdrawalRequest body, @BeanParam CommandHeaders headers) {
        return run(id, headers, "withdrawNetworkMembership:" + networkId, body,
                new ActorCommand.WithdrawMembership(networkId, body.reason(), body.sources()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/placement")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "placeActor", summary = "Place an actor in its subdivision by its coordinates",
            description = "Derives the subdivision of a city, district or province with coordinates and a country but"
                    + " no subdivision from the first-level region (Natural Earth admin-1) that contains its stored"
                    + " coordinates, and records it as ActorDetailsCorrected with `place.placedBy: coordinates` and the"
                    + " source \"Placed by coordinates in Natural Earth admin-1 states and provinces\". No body. An"
                    + " actor that has a subdivision already is answered 200 and nothing is recorded; one that cannot"
                    + " be placed, 422 saying why (no coordinates, a point in no region or in another country's)."
                    + " GET /api/v1/actors?unplaced=true lists the candidates.")
    @APIResponse(responseCode = "200", description = "The placed actor, with `placement` saying where", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response place(@PathParam("id") String id, @BeanParam CommandHeaders headers) {
        return run(id, headers, "placeActor", id, new ActorCommand.PlaceActor());
    }

    private Response run(String id, CommandHeaders headers, String operation, Object body, ActorCommand command) {
        OptionalLong expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), operation + ":" + id, body,
                () -> actors.execute(id, expected, command));
    }
}

package org.paradiplomacy.actors.actor.api;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.paradiplomacy.actors.actor.application.ActorFilter;
import org.paradiplomacy.actors.actor.application.ActorModel;
import org.paradiplomacy.actors.actor.application.ActorService;
import org.paradiplomacy.actors.actor.model.ActorCommand;
import org.paradiplomacy.eventsourcing.rest.CommandHeaders;
import org.paradiplomacy.eventsourcing.rest.ETags;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Idempotency;
import org.paradiplomacy.eventsourcing.rest.Responses;

/** The actors API: register actors, change them one command at a time, and read, list and search them. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Cities, districts, provinces, national bodies, networks and forums")
public class ActorResource {

    private final ActorService actors;
    private final Idempotency idempotency;

    public ActorResource(ActorService actors, Idempotency idempotency) {
        this.actors = actors;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "registerActor", summary = "Register an actor",
            description = "Records a new actor (ActorRegistered). Codes are checked against ISO 3166-1/3166-2, the"
                    + " M49 regions are derived from the country, and a parent must be in the same country. Every"
                    + " command takes optional `sources` (at most 5, each with a title or a url); an actor whose"
                    + " record has none is answered with `sourced: false`.")
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
    public Response register(@NotNull @Valid RegisterActorRequest body, @BeanParam CommandHeaders.Creation headers,
            @Context UriInfo uri) {
        return Responses.created(idempotency, headers.idempotencyKey(), "registerActor", body, uri, "api/v1/actors",
                () -> actors.register(ActorMapper.toNewActor(body)));
    }

    @GET
    @Operation(operationId = "listActors", summary = "List and search actors",
            description = "Actors matching every filter given, by English name. The name search ignores case, accents"
                    + " and punctuation and looks in every language and alias (\"xian\" finds Xi'an and 西安 if it is an alias).")
    public ActorPage list(
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = "ISO 3166-2 subdivision", example = "CN-HB") @QueryParam("subdivision") String subdivision,
            @Parameter(description = "UN M49 region, sub-region or intermediate region", example = "419") @QueryParam("m49") String m49,
            @Parameter(description = "Kind of actor", example = "city") @QueryParam("kind") String kind,
            @Parameter(description = "Current members of this network or forum") @QueryParam("network") String network,
            @Parameter(description = "Actors within this parent") @QueryParam("parent") String parent,
            @Parameter(description = "Part of a name or alias, in any language", example = "wuhan") @QueryParam("q") String name,
            @Parameter(description = "Also list retired actors") @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var result = actors.search(new ActorFilter(country, subdivision, m49, kind, network, parent, name,
                includeRetired), page, size);
        return new ActorPage(result.items(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get an actor",
            description = "The actor folded from its events, its version as ETag. With asOf, the actor as it stood on"
                    + " that day, without an ETag: dated changes (renamings, parents, memberships, retirement) count"
                    + " from the day they took effect; one dated only to a year or a month counts from the last day of"
                    + " that period, or from the day it was recorded if that lies within the period"
                    + " (docs/decisions/0013).")
    public RestResponse<ActorModel> get(@PathParam("id") String id,
            @Parameter(description = "A past date, YYYY-MM-DD", example = "2015-01-01") @QueryParam("asOf") LocalDate asOf) {
        if (asOf != null) {
            return RestResponse.ok(actors.getAsOf(id, asOf));
        }
        ActorModel current = actors.get(id);
        return RestResponse.ResponseBuilder.ok(current).tag(ETags.of(current.version())).build();
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "getActorHistory", summary = "An actor's event history",
            description = "Every event recorded for the actor, oldest first, as published to paradiplomacy.actors.v1:"
                    + " its dates as given and its sources.")
    public List<HistoryItem> history(@PathParam("id") String id) {
        return actors.history(id).stream().map(HistoryItem::of).toList();
    }

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

    @POST
    @Path("/{id}/aliases")
    @Operation(operationId = "addActorAlias", summary = "Add an alias", description = "Another spelling to match the actor by (ActorAliasAdded); adding a known alias changes nothing.")
    @APIResponse(responseCode = "200", description = "The actor with the alias", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response addAlias(@PathParam("id") String id, @NotNull @Valid AliasRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "addActorAlias", body, new ActorCommand.AddAlias(body.alias(), body.sources()));
    }

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

    @POST
    @Path("/{id}/parent-changes")
    @Operation(operationId = "changeActorParent", summary = "Move an actor to another parent", description = "ActorParentChanged, in effect from effectiveOn (YYYY, YYYY-MM or YYYY-MM-DD); the new parent must be in the same country.")
    @APIResponse(responseCode = "200", description = "The actor in its new parent", content = @Content(schema = @Schema(implementation = ActorModel.class)))
    public Response changeParent(@PathParam("id") String id, @NotNull @Valid ChangeParentRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, "changeActorParent", body, new ActorCommand.ChangeParent(
                body.parentId() == null ? null : actors.ref(body.parentId()), body.effectiveOn(), body.sources()));
    }

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

    private Response run(String id, CommandHeaders headers, String operation, Object body, ActorCommand command) {
        OptionalLong expected = headers.expectedVersion();
        return Responses.ok(idempotency, headers.idempotencyKey(), operation + ":" + id, body,
                () -> actors.execute(id, expected, command));
    }
}

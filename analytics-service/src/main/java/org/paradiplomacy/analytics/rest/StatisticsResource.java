package org.paradiplomacy.analytics.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.statistics.ActorActivity;
import org.paradiplomacy.analytics.statistics.CountryPair;
import org.paradiplomacy.analytics.statistics.DormantLink;
import org.paradiplomacy.analytics.statistics.FieldShare;
import org.paradiplomacy.analytics.statistics.RegionLevel;
import org.paradiplomacy.analytics.statistics.RegionPair;
import org.paradiplomacy.analytics.statistics.RegionStats;
import org.paradiplomacy.analytics.statistics.Statistics;
import org.paradiplomacy.analytics.statistics.YearStats;
import org.paradiplomacy.eventsourcing.rest.InvalidParameter;

/**
 * Statistics of engagement by region, as of any date, as JSON or ({@code Accept: text/csv}) CSV, and a stream of
 * the region figures whenever they change.
 */
@Path("/api/v1/stats")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Statistics", description = "Engagement by region, region pairs, growth, most active actors, dormant links, fields")
public class StatisticsResource {

    static final String AS_OF = "Answer as of this date, YYYY-MM-DD, by the dates the events carry (signing, completion, ...);"
            + " a date given to the year or month counts from its last day, or from the day it was recorded if that lies"
            + " within it (docs/decisions/0013); today if absent";

    private static final String REGIONS_EXAMPLE = """
            [{"region": "CN-HB", "actorsByKind": {"city": 2, "province": 1}, "networkMemberships": 1,
              "agreementsByKind": {"sister-city": 3}, "agreementsByStatus": {"signed": 2, "superseded": 1},
              "activeAgreements": 2, "relationships": 2, "missionsLed": 1, "missionsHosted": 0, "conferences": 1,
              "statements": 0, "firstActivity": "2015-11", "lastActivity": "2019-04-02", "engagementIndex": 12,
              "share": 0.02},
             {"region": "unknown", "country": "CN", "actorsByKind": {"city": 40}, "networkMemberships": 0,
              "agreementsByKind": {"sister-city": 84}, "agreementsByStatus": {"signed": 84}, "activeAgreements": 84,
              "relationships": 80, "missionsLed": 0, "missionsHosted": 0, "conferences": 0, "statements": 0,
              "firstActivity": "1985", "lastActivity": "2018", "engagementIndex": 252, "share": 0.56}]""";

    private final Statistics statistics;
    private final LiveProjection projection;
    private final Clock clock;

    public StatisticsResource(Statistics statistics, LiveProjection projection, Clock clock) {
        this.statistics = statistics;
        this.projection = projection;
        this.clock = clock;
    }

    @GET
    @Path("/regions")
    @Operation(operationId = "regionStatistics", summary = "Engagement by region",
            description = "For every region at the level asked for: actors by kind, network memberships, agreements"
                    + " by kind and status (active = signed and not suspended, terminated or expired), missions led and"
                    + " hosted, conferences, statements, first and last activity, and the engagement index"
                    + " (3 × active agreements + 1 × other agreements + 2 × missions + conferences + statements +"
                    + " memberships), relationships (distinct pairs of two actors, one in the region, parties together to"
                    + " an agreement in force) and the row's share of the table's agreements. An engagement counts for"
                    + " every region one of its actors is in; a merged actor counts as its survivor, and withdrawn"
                    + " records not at all. One row per region, and a row `unknown` for the records whose actor has no"
                    + " region at the level (at the level of subdivisions one per country, with its `country`, and one"
                    + " without for actors without a country). The records behind a figure: `GET /api/v1/stats/records` with"
                    + " `region` (the row's code, or `unknown` with the row's `country`; the unknown row without a"
                    + " country is `region=unknown&level=country`) and `level`, the same `country`, `asOf` and `sourced`, and"
                    + " `type=agreement` (and `kind` or `status`; `status=signed` for activeAgreements),"
                    + " `type=mission&status=completed&role=leader` (missionsLed) or `role=host` (missionsHosted),"
                    + " `type=conference`, `type=statement`, `type=actor&kind=` (actorsByKind), `type=membership`"
                    + " (networkMemberships).")
    @APIResponse(responseCode = "200", description = "One row per region, the unknown rows last",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = RegionStats.class),
                        examples = @ExampleObject(name = "a province and the Chinese actors without one",
                                value = REGIONS_EXAMPLE)),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public List<RegionStats> regions(
            @Parameter(description = "subdivision, country, m49 (intermediate region or sub-region) or m49-subregion", example = "country")
            @QueryParam("level") @DefaultValue("country") String level,
            @Parameter(description = "Only the regions of this ISO 3166-1 country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        RegionLevel regionLevel = QueryParameters.level("level", level);
        return statistics.regions(regionLevel, country, day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/region-pairs")
    @Operation(operationId = "regionPairStatistics", summary = "Chinese provinces against Latin American countries",
            description = "Agreements between actors of a Chinese province and actors of a Latin American and Caribbean"
                    + " country (M49 419), or of its subdivisions, with how many are in force, the relationships"
                    + " (distinct pairs of a Chinese and a Latin American actor parties together to an agreement in"
                    + " force) and the pair's share of the table's agreements. Chinese actors without a province are"
                    + " `china: unknown`; by subdivision, Latin American actors without one are `counterpart: unknown`"
                    + " with their `counterpartCountry`."
                    + " One row per pair with agreements. Its records: `GET /api/v1/stats/records?type=agreement"
                    + "&region={china}&level=subdivision&counterpart={counterpart}&counterpartLevel=` the level"
                    + " asked for here (country or subdivision), with the same `asOf` and `sourced` (and"
                    + " `status=signed` for active); for `china: unknown` add `country=CN`, for an unknown"
                    + " counterpart `counterpartCountry={counterpartCountry}`.")
    public List<RegionPair> regionPairs(
            @Parameter(description = "country or subdivision: the level of the Latin American side") @QueryParam("counterpart") @DefaultValue("country") String counterpart,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        if (!counterpart.equals("country") && !counterpart.equals("subdivision")) {
            throw new InvalidParameter("counterpart", "'" + counterpart + "' is not country or subdivision");
        }
        return statistics.regionPairs(counterpart.equals("subdivision"), day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/country-pairs")
    @Operation(operationId = "countryPairStatistics", summary = "Agreements between every two countries",
            description = "For every two countries whose actors are parties to an agreement together: how many"
                    + " agreements, how many are in force, the relationships (distinct pairs of two actors, one of each,"
                    + " parties together to an agreement in force) and the pair's share of the table's agreements."
                    + " Each pair appears once, its codes in alphabetical order (`unknown`, for parties without a"
                    + " country, last); a country paired with itself counts agreements between its own actors, and an"
                    + " agreement whose parties became one actor by a merge pairs no one."
                    + " One row per pair with agreements, most first. Its records: `GET /api/v1/stats/records"
                    + "?type=agreement&region={country}&counterpart={otherCountry}` with the same `asOf` and"
                    + " `sourced` (and `status=signed` for active).")
    public List<CountryPair> countryPairs(
            @Parameter(description = "Only the pairs that include this ISO 3166-1 country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        return statistics.countryPairs(country, day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/years")
    @Operation(operationId = "yearStatistics", summary = "Growth over time",
            description = "Agreements signed, missions completed, conferences and statements per year, up to the date."
                    + " A date known only to the year or the month counts in its year (as of a day, from the day"
                    + " it counts from, docs/decisions/0013); an attested signing without a date is in no year."
                    + " One row per year with activity. Its records: `GET /api/v1/stats/records?year={year}`"
                    + " with `type=agreement`, `mission`, `conference` or `statement` and the same `asOf` and"
                    + " `sourced`. `relationships`: the distinct pairs of actors parties together to an agreement"
                    + " signed that year.")
    public List<YearStats> years(@Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        return statistics.years(day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/actors/most-active")
    @Operation(operationId = "mostActiveActors", summary = "The most active actors",
            description = "Actors by the number of signed agreements, completed missions, conferences and statements they took part in."
                    + " The most active actors, most first.")
    public List<ActorActivity> mostActive(
            @Parameter(description = "How many, 1 to 500") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(500) int limit,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        return statistics.mostActive(limit, day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/dormant-links")
    @Operation(operationId = "dormantLinks", summary = "Links on paper only",
            description = "Agreements in force on the date whose parties have had no engagement together (signing,"
                    + " renewal, mission, conference, statement) for the given number of years."
                    + " Dormant agreements, longest silent first.")
    public List<DormantLink> dormant(
            @Parameter(description = "Years without contact, 1 to 100") @QueryParam("years") @DefaultValue("5") @Min(1) @Max(100) int years,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        return statistics.dormant(years, day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/fields")
    @Operation(operationId = "fieldShares", summary = "Fields of cooperation",
            description = "How many agreements in force cover each field, their share, and their relationships"
                    + " (distinct pairs of actors parties together to one of them)."
                    + " One row per field, most first. Its records: `GET /api/v1/stats/records?type=agreement"
                    + "&status=signed&field={field}` with the same `asOf` and `sourced`.")
    public List<FieldShare> fields(@Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced) {
        return statistics.fields(day(asOf), QueryParameters.flag("sourced", sourced));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamRegionStatistics", summary = "Region figures, live",
            description = "Server-Sent Events: the country-level region statistics on connect, then again whenever"
                    + " newly applied events may have changed them (at most once a second).")
    public Multi<List<RegionStats>> stream() {
        Multi<Integer> changes = projection.changes().group().intoLists().every(Duration.ofSeconds(1))
                .filter(batch -> !batch.isEmpty()).map(batch -> batch.getLast());
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(0), changes)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> statistics.regions(RegionLevel.COUNTRY, null, LocalDate.now(clock), false));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}

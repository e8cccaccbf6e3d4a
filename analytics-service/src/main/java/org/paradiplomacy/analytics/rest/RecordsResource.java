package org.paradiplomacy.analytics.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.analytics.statistics.RecordFilter;
import org.paradiplomacy.analytics.statistics.RecordPage;
import org.paradiplomacy.analytics.statistics.Records;
import org.paradiplomacy.analytics.statistics.RegionLevel;
import org.paradiplomacy.eventsourcing.rest.InvalidParameter;

/**
 * The drill-down: for any figure of the statistics, the records behind it, as JSON or CSV. With the filters of
 * the figure, {@code total} is the figure.
 */
@Path("/api/v1/stats/records")
@Tag(name = "Statistics")
public class RecordsResource {

    static final List<String> TYPES = List.of("agreement", "mission", "conference", "statement", "actor", "membership");
    static final List<String> STATUSES = List.of("proposed", "signed", "suspended", "terminated", "expired",
            "superseded", "planned", "completed", "cancelled", "held", "issued");
    static final List<String> ROLES = List.of("party", "leader", "host", "participant", "issuer", "subject");
    /** The total of the matches, in CSV answers, which carry only the rows of the page. */
    static final String TOTAL = "X-Total-Count";

    private static final String EXAMPLE = """
            {"items": [{"id": "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a", "type": "agreement", "kind": "sister-city",
              "title": "Sister-city agreement between Wuhan and Concepción", "status": "signed",
              "steps": [{"step": "proposed", "date": "2015-11", "precision": "month", "countsFrom": "2015-11-30"},
                        {"step": "signed", "date": "2016", "precision": "year", "countsFrom": "2016-12-31"}],
              "actors": [{"actorId": "5f0c7a8e-1b2c-4d3e-9f40-123456789abc", "name": "Wuhan", "role": "party",
                          "country": "CN", "subdivision": "CN-HB"},
                         {"actorId": "9a1e4b2c-3d4f-4a5b-8c6d-7e8f9a0b1c2d", "name": "Concepción", "role": "party",
                          "country": "CL", "subdivision": "CL-BI"}],
              "sources": [{"title": "Wuhan and Concepción become sister cities",
                           "url": "https://www.hubei.gov.cn/news/2016-04-25.html", "publisher": "Hubei Provincial People's Government",
                           "publishedOn": "2016-04", "accessedOn": "2026-11-30", "language": "zh"}],
              "sourced": true}],
             "page": 0, "size": 50, "total": 1}""";
    private static final String CSV_EXAMPLE = """
            id,type,kind,title,status,sourced,steps,countsFrom,actors,actorIds,sources\r
            0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a,agreement,sister-city,Sister-city agreement between Wuhan and Concepción,signed,true,proposed 2015-11; signed 2016,proposed 2015-11-30; signed 2016-12-31,"Wuhan (party, CN-HB); Concepción (party, CL-BI)",5f0c7a8e-1b2c-4d3e-9f40-123456789abc; 9a1e4b2c-3d4f-4a5b-8c6d-7e8f9a0b1c2d,Wuhan and Concepción become sister cities <https://www.hubei.gov.cn/news/2016-04-25.html>\r
            """;

    private final Records records;
    private final Clock clock;

    public RecordsResource(Records records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Operation(operationId = "statisticRecords", summary = "The records behind a figure",
            description = "The agreements, missions, conferences and statements behind any figure of the statistics"
                    + " (and, with `type=actor` or `type=membership`, the actors and memberships behind their counts):"
                    + " asked with the filters of the figure, `total` is the figure. An engagement matches when it has a"
                    + " status on `asOf` (its latest step that counts by then) and every filter given: `type`,"
                    + " `status` (on `asOf`), `kind`, `field`, `year` (the year of its signing, completion, holding"
                    + " or issue; a date given to the year or month counts in its year), `region` (one of its actors"
                    + " is there, with `role` and of `country` if given) and `counterpart` (another of its actors is"
                    + " there, of `counterpartCountry` if given), `sourced`; without `type`, engagements of every type."
                    + " Actors are matched as the figures count them: a merged actor as its survivor, placed by the"
                    + " directory, and `region=unknown` (with `level`) for the actors it cannot place at that level"
                    + " (with `country` for an unknown row of subdivisions); withdrawn records match nothing. An actor"
                    + " matches when it is not"
                    + " retired on `asOf`, of `kind`, in `region` and `country`; a membership when it lasts on `asOf`"
                    + " and its member is in `region` and `country`. For example: a region's active agreements"
                    + " `?region=CN-HB&type=agreement&status=signed`; its missions led"
                    + " `?region=CN-HB&type=mission&status=completed&role=leader`; a country pair"
                    + " `?region=BR&counterpart=CN&type=agreement`; a province and a Latin American country"
                    + " `?region=CN-GD&level=subdivision&counterpart=BR&type=agreement`; the Chinese actors without a"
                    + " province in that pair `?region=unknown&level=subdivision&country=CN&counterpart=BR&type=agreement`;"
                    + " a year"
                    + " `?year=2019&type=agreement`; a field `?field=trade&type=agreement&status=signed`; a region's"
                    + " cities `?region=CN-HB&type=actor&kind=city`; its memberships `?region=CN-HB&type=membership`."
                    + " Each record has its status on the date, every step with its date as given, its precision and"
                    + " the day it counts from, its actors and its sources. Paged, the latest status first; with"
                    + " `Accept: text/csv` the page as CSV, the total in the `X-Total-Count` header.")
    @APIResponse(responseCode = "200", description = "One page of the records and how many match in all",
            headers = @Header(name = TOTAL, description = "How many records match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordPage.class),
                        examples = @ExampleObject(name = "an agreement dated to the year, with its source",
                                value = EXAMPLE)),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "the same as CSV", value = CSV_EXAMPLE))})
    public Response records(
            @Parameter(description = "agreement, mission, conference or statement (engagements; all of them if absent),"
                    + " or actor or membership") @QueryParam("type") String type,
            @Parameter(description = "Its status on the date: proposed, signed (in force), suspended, terminated,"
                    + " expired, superseded (agreements upgraded by a later one); planned, completed, cancelled"
                    + " (missions); held; issued")
            @QueryParam("status") String status,
            @Parameter(description = "Its kind (of agreement, mission or actor; a conference's series)", example = "sister-city")
            @QueryParam("kind") String kind,
            @Parameter(description = "A field of cooperation it names", example = "trade") @QueryParam("field") String field,
            @Parameter(description = "The year of its signing, completion, holding or issue", example = "2019",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1000", maximum = "9999"))
            @QueryParam("year") String year,
            @Parameter(description = "One of its actors is in this region: an ISO 3166-1 country (CN), ISO 3166-2"
                    + " subdivision (CN-HB) or UN M49 area (419) code, or `unknown` (with `level`) for an actor without"
                    + " a region at that level, as the tables' unknown rows count it", example = "CN-HB")
            @QueryParam("region") String region,
            @Parameter(description = "The level the region is matched at (" + QueryParameters.LEVELS + "); by"
                    + " default the code's own. At `subdivision` a country code stands for its actors without a"
                    + " subdivision, as in `/region-pairs`") @QueryParam("level") String level,
            @Parameter(description = "The actor in the region has this role: party, leader, host, participant,"
                    + " issuer or subject") @QueryParam("role") String role,
            @Parameter(description = "The actor in the region is of this ISO 3166-1 country (as `/regions?country=`)")
            @QueryParam("country") String country,
            @Parameter(description = "With a region: another of its actors is in this region (a region pair or a"
                    + " country pair)", example = "BR") @QueryParam("counterpart") String counterpart,
            @Parameter(description = "The level the counterpart is matched at, like `level`")
            @QueryParam("counterpartLevel") String counterpartLevel,
            @Parameter(description = "The counterpart actor is of this ISO 3166-1 country (for a pair's unknown"
                    + " subdivision: `counterpart=unknown&counterpartLevel=subdivision&counterpartCountry=` its"
                    + " `counterpartCountry`)", example = "BR")
            @QueryParam("counterpartCountry") String counterpartCountry,
            @Parameter(description = StatisticsResource.AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = QueryParameters.SOURCED, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sourced") String sourced,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 500") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
            @Context HttpHeaders headers) {
        RecordFilter filter = filter(type, status, kind, field, year(year), region, level, role, country, counterpart,
                counterpartLevel, counterpartCountry, asOf != null ? asOf : LocalDate.now(clock),
                QueryParameters.flag("sourced", sourced), page, size);
        RecordPage found = records.find(filter);
        if (wantsCsv(headers)) {
            return Response.ok(RecordCsvRow.of(found.items()), CsvWriter.TEXT_CSV).header(TOTAL, found.total()).build();
        }
        return Response.ok(found, MediaType.APPLICATION_JSON).header(TOTAL, found.total()).build();
    }

    static RecordFilter filter(String type, String status, String kind, String field, Integer year, String region,
            String level, String role, String country, String counterpart, String counterpartLevel,
            String counterpartCountry, LocalDate asOf, boolean sourced, int page, int size) {
        String inRegion = blank(region) ? null : region.strip();
        String other = blank(counterpart) ? null : counterpart.strip();
        if (other != null && inRegion == null) {
            throw new InvalidParameter("counterpart", "a counterpart needs a region");
        }
        if (inRegion == null && !blank(level)) {
            throw new InvalidParameter("level", "a level needs a region");
        }
        if (other == null && !blank(counterpartLevel)) {
            throw new InvalidParameter("counterpartLevel", "a counterpart level needs a counterpart");
        }
        if (other == null && !blank(counterpartCountry)) {
            throw new InvalidParameter("counterpartCountry", "a counterpart country needs a counterpart");
        }
        String otherCountry = blank(counterpartCountry) ? null : counterpartCountry.strip();
        if (otherCountry != null && !otherCountry.matches("[A-Z]{2}")) {
            throw new InvalidParameter("counterpartCountry", "'" + counterpartCountry
                    + "' is not an ISO 3166-1 alpha-2 code");
        }
        RegionLevel regionLevel = inRegion == null ? null : QueryParameters.levelOf("region", inRegion, "level", level);
        RegionLevel otherLevel = other == null ? null
                : QueryParameters.levelOf("counterpart", other, "counterpartLevel", counterpartLevel);
        String inCountry = blank(country) ? null : country.strip();
        if (inCountry != null && !inCountry.matches("[A-Z]{2}")) {
            throw new InvalidParameter("country", "'" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        String kindOf = QueryParameters.oneOf("type", type, TYPES);
        if ("actor".equals(kindOf) || "membership".equals(kindOf)) {
            Map<String, String> engagementsOnly = new TreeMap<>();
            engagementsOnly.put("status", status);
            engagementsOnly.put("field", field);
            engagementsOnly.put("role", role);
            engagementsOnly.put("counterpart", other);
            engagementsOnly.put("year", year == null ? null : year.toString());
            engagementsOnly.put("kind", "membership".equals(kindOf) ? kind : null);
            notFor(kindOf, engagementsOnly);
        }
        return new RecordFilter(asOf, sourced, kindOf,
                QueryParameters.oneOf("status", status, STATUSES), QueryParameters.code("kind", kind),
                QueryParameters.code("field", field), year, inRegion, regionLevel,
                QueryParameters.oneOf("role", role, ROLES), inCountry, other, otherLevel, otherCountry, page, size);
    }

    /** The engagements' filters say nothing of actors and memberships: given with those, they are refused. */
    private static void notFor(String type, Map<String, String> filters) {
        filters.entrySet().stream().filter(f -> !blank(f.getValue())).map(Map.Entry::getKey).findFirst()
                .ifPresent(name -> {
                    throw new InvalidParameter(name, "does not apply to type=" + type);
                });
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9]{4}")) {
            throw new InvalidParameter("year", "'" + value + "' is not a year (YYYY)");
        }
        return Integer.valueOf(value.strip());
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return false;
            }
            if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.paradiplomacy.actors.actor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.actors.actor.api.Actors.city;
import static org.paradiplomacy.actors.actor.api.Actors.command;
import static org.paradiplomacy.actors.actor.api.Actors.network;
import static org.paradiplomacy.actors.actor.api.Actors.register;
import static org.paradiplomacy.actors.actor.api.Actors.registered;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class ActorResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registeringAnswers201WithLocationAndETagAndPublishesActorRegistered() {
        String id = register("""
                {"kind": "city", "names": {"en": "Wuhan", "zh": "武汉市"}, "aliases": ["Wu-han"],
                 "country": "CN", "subdivision": "CN-HB", "coordinates": {"latitude": 30.5928, "longitude": 114.3055}}""")
                .statusCode(201)
                .header("Location", containsString("/api/v1/actors/"))
                .header("ETag", "\"1\"")
                .body("kind", equalTo("city"))
                .body("names.zh", equalTo("武汉市"))
                .body("m49.region", equalTo("142"))
                .body("m49.subregion", equalTo("030"))
                .extract().path("id");

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.actors.v1")) {
            ConsumerRecord<String, String> record = topic.awaitRecordsWithKeys(List.of(id), 1).getFirst();
            assertThat(record.key()).isEqualTo(id);
            assertThat(header(record, "ce_type")).isEqualTo("org.paradiplomacy.actor.registered.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/actors-service");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_streamversion")).isEqualTo("1");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            String schema = header(record, "ce_dataschema");
            assertThat(schema).matches(CloudEvents.dataSchemaPattern("org.paradiplomacy.actor.registered.v1"))
                    .endsWith("/schemas/org.paradiplomacy.actor.registered.v1.json");
            given().when().get(URI.create(schema).getPath()).then().statusCode(200)
                    .body("$id", equalTo("urn:paradiplomacy:schema:org.paradiplomacy.actor.registered.v1"))
                    .body("title", equalTo("ActorRegistered"));
            assertThat(record.value()).contains("\"actorId\": \"" + id + "\"", "\"kind\": \"city\"",
                    "\"subdivision\": \"CN-HB\"", "\"m49Subregion\": \"030\"", "\"en\": \"Wuhan\"");
        }
    }

    @Test
    void anActorIsReadWithItsETagAndItsHistory() {
        String id = city("Nanjing", "CN", "CN-JS");

        given().when().get("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("names.en", equalTo("Nanjing")).body("version", equalTo(1));
        given().when().get("/api/v1/actors/" + id + "/events").then().statusCode(200)
                .body("type", contains("ActorRegistered"))
                .body("[0].cloudEventType", equalTo("org.paradiplomacy.actor.registered.v1"))
                .body("[0].data.names.en", equalTo("Nanjing"));
        given().when().get("/api/v1/actors/" + UUID.randomUUID()).then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void listsFilterByPlaceKindAndRegionAndSearchEveryLanguageAndAlias() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String xian = registered("{\"kind\": \"city\", \"names\": {\"en\": \"Xi'an " + tag + "\", \"zh\": \"西安" + tag
                + "\"}, \"aliases\": [\"Sian" + tag + "\"], \"country\": \"CN\", \"subdivision\": \"CN-SN\"}");
        String concepcion = city("Concepción " + tag, "CL", "CL-BI");
        String guadalajara = city("Guadalajara " + tag, "MX", "MX-JAL");

        given().queryParam("q", "xian " + tag).when().get("/api/v1/actors").then().statusCode(200)
                .body("items.id", contains(xian)).body("total", equalTo(1));
        given().queryParam("q", "西安" + tag).when().get("/api/v1/actors").then().body("items.id", contains(xian));
        given().queryParam("q", "SIAN" + tag).when().get("/api/v1/actors").then().body("items.id", contains(xian));
        given().queryParam("q", "CONCEPCION " + tag).when().get("/api/v1/actors").then()
                .body("items.id", contains(concepcion));
        given().queryParam("q", tag).queryParam("m49", "419").when().get("/api/v1/actors").then()
                .body("items.id", containsInAnyOrder(concepcion, guadalajara));
        given().queryParam("q", tag).queryParam("m49", "013").when().get("/api/v1/actors").then()
                .body("items.id", contains(guadalajara));
        given().queryParam("q", tag).queryParam("country", "CL").queryParam("kind", "city").when()
                .get("/api/v1/actors").then().body("items.id", contains(concepcion));
        given().queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/actors").then()
                .body("items", hasSize(1)).body("total", equalTo(3)).body("page", equalTo(1));
        given().queryParam("size", 0).when().get("/api/v1/actors").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aCityWithinItsProvinceIsListedByParent() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String hubei = registered("{\"kind\": \"province\", \"names\": {\"en\": \"Hubei " + tag + "\"}, \"country\": \"CN\","
                + " \"subdivision\": \"CN-HB\"}");
        String wuhan = registered("{\"kind\": \"city\", \"names\": {\"en\": \"Wuhan " + tag + "\"}, \"country\": \"CN\","
                + " \"subdivision\": \"CN-HB\", \"parentId\": \"" + hubei + "\"}");

        given().queryParam("parent", hubei).when().get("/api/v1/actors").then().body("items.id", contains(wuhan));
        register("{\"kind\": \"city\", \"names\": {\"en\": \"Concepción\"}, \"country\": \"CL\", \"parentId\": \""
                + hubei + "\"}")
                .statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("parentId"))
                .body("errors[0].message", containsString("is in CN, not in CL"));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"city\", \"names\": {\"en\": \"Chengdu " + key + "\"}, \"country\": \"CN\"}";

        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/actors").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/actors").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"1\"")
                .header("Location", endsWith(first))
                .body("id", equalTo(first));
        given().queryParam("q", "Chengdu " + key).when().get("/api/v1/actors").then().body("total", equalTo(1));
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"kind\": \"city\", \"names\": {\"en\": \"Other\"}, \"country\": \"CN\"}")
                .when().post("/api/v1/actors").then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameIfMatchOneSucceedsAndOneFails412() {
        String id = city("Shanghai", "CN", "CN-SH");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> updates = new ArrayList<>();
        for (String alias : List.of("Hu", "Shen")) {
            updates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                        .body("{\"alias\": \"" + alias + "\"}")
                        .when().post("/api/v1/actors/" + id + "/aliases").then().extract().statusCode();
            }));
        }
        go.countDown();

        assertThat(updates.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(200, 412);
        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"2\"").body("aliases", hasSize(1));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        String id = city("Beijing", "CN", "CN-BJ");
        command(id, "aliases", "{\"alias\": \"Peking\"}").statusCode(200).header("ETag", "\"2\"");

        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{\"alias\": \"Pekin\"}")
                .when().post("/api/v1/actors/" + id + "/aliases").then().statusCode(412).contentType(startsWith(PROBLEM));
        given().header("If-Match", "yesterday").contentType(ContentType.JSON).body("{\"alias\": \"Pekin\"}")
                .when().post("/api/v1/actors/" + id + "/aliases").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("detail", containsString("If-Match"));
        given().header("If-Match", "\"2\"").when().delete("/api/v1/actors/" + id + "/aliases/Peking").then()
                .statusCode(200).body("aliases", hasSize(0)).header("ETag", "\"3\"");
    }

    @Test
    void aRenamingShowsFromItsDateAndTheStateAsOfEarlierKeepsTheOldName() {
        String id = city("Biobio Capital", "CL", "CL-BI");
        command(id, "renamings", "{\"names\": {\"en\": \"Concepción\"}, \"effectiveOn\": \"2020-01-01\"}")
                .statusCode(200).body("names.en", equalTo("Concepción"));

        given().queryParam("asOf", "2019-12-31").when().get("/api/v1/actors/" + id).then().statusCode(200)
                .body("names.en", equalTo("Biobio Capital")).header("ETag", nullValue());
        given().queryParam("asOf", "2020-01-01").when().get("/api/v1/actors/" + id).then()
                .body("names.en", equalTo("Concepción"));
        given().queryParam("asOf", "last year").when().get("/api/v1/actors/" + id).then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("asOf"));
        command(id, "renamings", "{\"names\": {\"en\": \"X\"}, \"effectiveOn\": \"2999-01-01\"}").statusCode(422)
                .body("errors.field", contains("effectiveOn"));
    }

    @Test
    void membershipsOfNetworksAreListedAndEnded() {
        String uclg = network("UCLG " + UUID.randomUUID());
        String guangzhou = city("Guangzhou", "CN", "CN-GD");
        String province = registered("{\"kind\": \"province\", \"names\": {\"en\": \"Guangdong\"}, \"country\": \"CN\","
                + " \"subdivision\": \"CN-GD\"}");

        command(guangzhou, "memberships", "{\"networkId\": \"" + uclg + "\", \"since\": \"2004-05-05\"}")
                .statusCode(200).body("memberships[0].networkId", equalTo(uclg));
        given().queryParam("network", uclg).when().get("/api/v1/actors").then().body("items.id", contains(guangzhou));
        command(guangzhou, "memberships", "{\"networkId\": \"" + province + "\", \"since\": \"2004-05-05\"}")
                .statusCode(422).body("errors[0].field", equalTo("networkId"));
        command(guangzhou, "memberships/" + uclg + "/end", "{\"until\": \"2004-01-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("until"));
        command(guangzhou, "memberships/" + uclg + "/end", "{\"until\": \"2020-01-01\"}").statusCode(200)
                .body("memberships[0].until", equalTo("2020-01-01"));
        given().queryParam("network", uclg).when().get("/api/v1/actors").then().body("items", hasSize(0));
    }

    @Test
    void aRetiredActorCannotChangeAnyMore() {
        String gone = city("Old Town", "CL", "CL-BI");
        String heir = city("New Town", "CL", "CL-NB");

        command(gone, "retirement", "{\"reason\": \"merged\", \"mergedInto\": \"" + heir + "\", \"effectiveOn\": \"2018-09-06\"}")
                .statusCode(200).body("retirement.reason", equalTo("merged")).body("retirement.mergedInto", equalTo(heir));
        command(gone, "aliases", "{\"alias\": \"Again\"}").statusCode(409).contentType(startsWith(PROBLEM))
                .body("detail", containsString("retired"));
        given().queryParam("q", "Old Town").when().get("/api/v1/actors").then().body("items.id", not(hasItem(gone)));
        given().queryParam("q", "Old Town").queryParam("includeRetired", true).when().get("/api/v1/actors").then()
                .body("items.id", hasItem(gone));
    }

    @Test
    void aCorrectionReplacesTheDetailsAtEveryDateAndIsServedWithItsSchema() {
        String id = city("Wuhan " + UUID.randomUUID(), "CN", "CN-HB");
        command(id, "corrections", """
                {"names": {"en": "Wuhan City", "zh": "武汉"}, "country": "CN", "subdivision": "CN-HB",
                 "coordinates": {"latitude": 30.59, "longitude": 114.31}, "population": 13739000,
                 "foreignAffairsOffice": {"name": "Wuhan FAO", "website": "https://fao.wuhan.gov.cn"}}""")
                .statusCode(200).header("ETag", "\"2\"").body("names.zh", equalTo("武汉"))
                .body("population", equalTo(13739000)).body("foreignAffairsOffice.name", equalTo("Wuhan FAO"));
        given().queryParam("asOf", "1900-01-01").when().get("/api/v1/actors/" + id).then()
                .body("names.zh", equalTo("武汉"));
        command(id, "corrections", "{\"names\": {\"en\": \"Wuhan\"}, \"country\": \"CN\", \"subdivision\": \"CL-BI\"}")
                .statusCode(422).body("errors[0].field", equalTo("subdivision"));
        given().when().get("/schemas/org.paradiplomacy.actor.details-corrected.v1.json").then().statusCode(200)
                .body("title", equalTo("ActorDetailsCorrected")).body("required", contains("actorId"));
    }

    @Test
    void aParentChangeIsDatedAndChecked() {
        String biobio = registered("{\"kind\": \"province\", \"names\": {\"en\": \"Biobío\"}, \"country\": \"CL\", \"subdivision\": \"CL-BI\"}");
        String nuble = registered("{\"kind\": \"province\", \"names\": {\"en\": \"Ñuble\"}, \"country\": \"CL\", \"subdivision\": \"CL-NB\"}");
        String chillan = registered("{\"kind\": \"city\", \"names\": {\"en\": \"Chillán\"}, \"country\": \"CL\", \"parentId\": \"" + biobio + "\"}");

        command(chillan, "parent-changes", "{\"parentId\": \"" + nuble + "\", \"effectiveOn\": \"2018-09-06\"}")
                .statusCode(200).body("parentId", equalTo(nuble));
        given().queryParam("asOf", "2017-01-01").when().get("/api/v1/actors/" + chillan).then().body("parentId", equalTo(biobio));
        command(chillan, "parent-changes", "{\"parentId\": \"" + UUID.randomUUID() + "\", \"effectiveOn\": \"2019-01-01\"}")
                .statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void badInputIsRefusedWithProblemsNamingTheField() {
        register("{\"kind\": \"town\", \"names\": {\"en\": \"X\"}}").statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("kind"));
        register("{\"kind\": \"city\", \"names\": {\"en\": \"X\"}, \"country\": \"CN\", \"mayor\": \"Y\"}")
                .statusCode(400).body("errors[0].field", equalTo("mayor"));
        register("{\"kind\": \"city\", ").statusCode(400).body("detail", containsString("not valid JSON"));
        register("{\"kind\": \"city\", \"names\": {\"en\": \"X\"}, \"country\": \"XX\", \"subdivision\": \"CN-42\"}")
                .statusCode(422).body("errors.field", containsInAnyOrder("country", "subdivision"));
        register("{\"kind\": \"city\", \"names\": {}, \"country\": \"CN\", \"coordinates\": {\"latitude\": \"north\"}}")
                .statusCode(400).body("errors[0].field", equalTo("coordinates.latitude"));
        register("[]").statusCode(400).contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).when().post("/api/v1/actors").then().statusCode(400)
                .contentType(startsWith(PROBLEM));
        command(UUID.randomUUID().toString(), "aliases", "{\"alias\": \"x\"}").statusCode(404)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void aHugeWebsiteOrThousandsOfAliasesAreRefusedNamingTheFieldAndNothingIsStored() {
        String tag = UUID.randomUUID().toString();
        String hugeWebsite = "https://www.wuhan.gov.cn/" + "a".repeat(1_500_000);
        String aliases = IntStream.range(0, 5000).mapToObj(i -> "\"Wuhan " + i + "\"")
                .collect(Collectors.joining(", ", "[", "]"));

        register(actor(tag, "\"website\": \"" + hugeWebsite + "\""))
                .statusCode(413).contentType(startsWith(PROBLEM))
                .body("status", equalTo(413))
                .body("errors.field", contains("body"))
                .body("errors[0].message", equalTo("must be at most 1 MiB (1048576 bytes)"))
                .body("detail", containsString("more than the 1 MiB this service accepts"));
        register(actor(tag, "\"website\": \"" + hugeWebsite.substring(0, 2001) + "\""))
                .statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("website"))
                .body("errors[0].message", equalTo("must be at most 2000 characters"));
        register(actor(tag, "\"aliases\": " + aliases))
                .statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("aliases"))
                .body("errors[0].message", equalTo("must have at most 50 aliases, not 5000"));
        register(actor(tag, "\"foreignAffairsOffice\": {\"name\": \"" + "F".repeat(301) + "\"}"))
                .statusCode(422).body("errors.field", contains("foreignAffairsOffice.name"));

        given().queryParam("q", tag).when().get("/api/v1/actors").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anActorAtEveryBoundIsRegisteredAndOneAliasMoreIsRefused() {
        String tag = UUID.randomUUID().toString();
        String name = (tag + " ").repeat(10).substring(0, 200);
        String aliases = IntStream.range(0, 50).mapToObj(i -> "\"" + tag + " " + i + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        String website = "https://www.wuhan.gov.cn/" + "a".repeat(2000 - 25);

        String id = registered("{\"kind\": \"city\", \"names\": {\"en\": \"" + name + "\"}, \"country\": \"CN\","
                + " \"aliases\": " + aliases + ", \"website\": \"" + website + "\"}");

        given().when().get("/api/v1/actors/" + id).then().statusCode(200)
                .body("aliases", hasSize(50)).body("website", equalTo(website)).body("names.en", equalTo(name));
        command(id, "aliases", "{\"alias\": \"One too many\"}").statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("alias"))
                .body("errors[0].message", containsString("the most it can have (50)"));
        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"1\"").body("aliases", hasSize(50));
    }

    @Test
    void aBodyLargerThanTheServiceAcceptsIsRefusedWith413BeforeAnyCommandRuns() {
        String id = city("Harbin", "CN", "CN-HL");
        String oversized = "{\"alias\": \"" + "H".repeat(1024 * 1024) + "\"}";

        command(id, "aliases", oversized).statusCode(413).contentType(startsWith(PROBLEM))
                .body("title", equalTo("Content too large"))
                .body("instance", equalTo("/api/v1/actors/" + id + "/aliases"))
                .body("errors.field", contains("body"));

        given().when().get("/api/v1/actors/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("aliases", hasSize(0));
        given().accept("application/json").when().get("/q/openapi").then()
                .body("paths.'/api/v1/actors/{id}/aliases'.post.responses.'413'.content.'application/problem+json'"
                        + ".schema.$ref", equalTo("#/components/schemas/Problem"))
                .body("components.schemas.RegisterActorRequest.properties.aliases.maxItems", equalTo(50))
                .body("components.schemas.RegisterActorRequest.properties.aliases.items.maxLength", equalTo(200))
                .body("components.schemas.RegisterActorRequest.properties.website.maxLength", equalTo(2000))
                .body("components.schemas.Names.properties.en.maxLength", equalTo(200));
    }

    /** A city registration with one more property, named so a search for the tag finds it. */
    private static String actor(String tag, String property) {
        return "{\"kind\": \"city\", \"names\": {\"en\": \"Wuhan " + tag + "\"}, \"country\": \"CN\", "
                + property + "}";
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndItsProblems() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/actors'.post.operationId", equalTo("registerActor"))
                .body("paths.'/api/v1/actors'.post.responses.'422'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

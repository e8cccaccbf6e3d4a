package org.paradiplomacy.actors.actor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.actors.actor.api.Actors.command;
import static org.paradiplomacy.actors.actor.api.Actors.network;
import static org.paradiplomacy.actors.actor.api.Actors.register;
import static org.paradiplomacy.actors.actor.api.Actors.registered;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.paradiplomacy.actors.actor.application.ActorService;
import org.paradiplomacy.actors.actor.infrastructure.ActorReadModel;
import org.paradiplomacy.actors.actor.application.NewActor;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.Names;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Duplicates caught at the door, merges, withdrawals and placement by coordinates, through the API. The tests
 * place actors with the test boundaries (src/test/resources/boundaries): boxes around Hubei, Hainan, Biobío and
 * Neuquén.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class ActorRecordCorrectionsResourceTest {

    private static final String PROBLEM = "application/problem+json";

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String city(String en, String country, String subdivision, String more) {
        return "{\"kind\": \"city\", \"names\": {\"en\": \"" + en + "\"}, \"country\": \"" + country + "\""
                + (subdivision == null ? "" : ", \"subdivision\": \"" + subdivision + "\"") + more + "}";
    }

    @Nested
    @TestSecurity(user = "editor", roles = {"editor", "reader"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
            @Claim(key = "azp", value = "observatory-cli")})
    class DuplicatesAtTheDoor {

        @Test
        void aLikelyDuplicateIsAnswered409WithItsCandidates() {
            String tag = tag();
            String first = registered(city("Concepción " + tag, "CL", "CL-BI", ", \"aliases\": [\"Conce " + tag + "\"]"));

            register(city("concepcion " + tag.toUpperCase(), "CL", "CL-BI", ""))
                    .statusCode(409).contentType(startsWith(PROBLEM))
                    .body("type", equalTo("urn:paradiplomacy:problem:likely-duplicate"))
                    .body("title", equalTo("Likely duplicate"))
                    .body("status", equalTo(409))
                    .body("detail", equalTo("An actor of this kind in CL-BI is already named Concepción " + tag + " ("
                            + first + "): give its id in distinctFrom if this is another one, or use it"))
                    .body("instance", equalTo("/api/v1/actors"))
                    .body("errors.field", contains("names.en"))
                    .body("candidates", hasSize(1))
                    .body("candidates[0].actorId", equalTo(first))
                    .body("candidates[0].name", equalTo("Concepción " + tag))
                    .body("candidates[0].kind", equalTo("city"))
                    .body("candidates[0].country", equalTo("CL"))
                    .body("candidates[0].subdivision", equalTo("CL-BI"))
                    .body("candidates[0].matched", equalTo("Concepción " + tag));
            // An alias matches too, and punctuation and spaces do not count; nor does a missing subdivision.
            register("{\"kind\": \"city\", \"names\": {\"en\": \"Penco " + tag + "\"}, \"aliases\": [\"C-o-n-c-e "
                    + tag + "\"], \"country\": \"CL\"}")
                    .statusCode(409).body("candidates[0].matched", equalTo("Conce " + tag))
                    .body("errors.field", contains("aliases[0]"));
        }

        @Test
        void anotherKindCountryOrSubdivisionIsNoDuplicate() {
            String tag = tag();
            registered(city("Wuhan " + tag, "CN", "CN-HB", ""));

            register(city("Wuhan " + tag, "CN", "CN-GD", "")).statusCode(201);
            register(city("Wuhan " + tag, "CL", null, "")).statusCode(201);
            register("{\"kind\": \"district\", \"names\": {\"en\": \"Wuhan " + tag + "\"}, \"country\": \"CN\","
                    + " \"subdivision\": \"CN-HB\"}").statusCode(201);
        }

        @Test
        void distinctFromRegistersANamesakeWhenItNamesEveryCandidate() {
            String tag = tag();
            String first = registered(city("Santa Cruz " + tag, "BO", null, ""));
            String second = registered(city("Santa Cruz " + tag, "BO", null, ", \"distinctFrom\": [\"" + first + "\"]"));

            register(city("Santa-Cruz " + tag, "BO", null, ", \"distinctFrom\": [\"" + first + "\"]"))
                    .statusCode(409).body("candidates.actorId", contains(second));
            register(city("Santa Cruz " + tag, "BO", null, "")).statusCode(409)
                    .body("candidates.actorId", containsInAnyOrder(first, second))
                    .body("detail", startsWith("2 actors of this kind are already named so"));
            register(city("Santa Cruz " + tag, "BO", null, ", \"distinctFrom\": [\"" + first + "\", \"" + second
                    + "\"]")).statusCode(201);
            register(city("Santa Cruz " + tag, "BO", null, ", \"distinctFrom\": [" + "\"x\", ".repeat(20) + "\"x\"]"))
                    .statusCode(422).body("errors.field", contains("distinctFrom"));
        }

        @Test
        void aRetryWithItsIdempotencyKeyGetsTheOriginalAnswer() {
            String key = UUID.randomUUID().toString();
            String body = city("Chongqing " + key, "CN", null, "");
            String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/actors").then().statusCode(201).extract().path("id");

            given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/actors").then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo(id));
            register(body).statusCode(409).body("candidates[0].actorId", equalTo(id));
        }

        /**
         * The names are locked before they are looked up: a registration that finds none holds its lock until it
         * commits, and a second registration of the name waits for it, and then finds it.
         */
        @Test
        void aRegistrationOfANameBeingRegisteredWaitsAndFindsIt() throws Exception {
            String en = "Harbin " + tag();
            List<CompletableFuture<Integer>> second = new ArrayList<>();
            // The service reads the request's metadata, as if this thread served a request.
            Arc.container().requestContext().activate();
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    actors.register(new NewActor(ActorKind.CITY, Names.english(en), List.of(), "CN", null, null, null,
                            null, null, null, null, List.of()));
                    second.add(CompletableFuture.supplyAsync(() -> register(city(en, "CN", null, "")).extract()
                            .statusCode()));
                    // Committed only once the second registration waits for the name.
                    await().atMost(Duration.ofSeconds(20)).until(() -> waitingForALock() > 0);
                });
            } finally {
                Arc.container().requestContext().terminate();
            }
            assertThat(second.getFirst().get(20, TimeUnit.SECONDS)).isEqualTo(409);
        }
    }

    @Inject
    ActorService actors;
    @Inject
    AgroalDataSource dataSource;

    private int waitingForALock() throws Exception {
        try (Connection connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
                var row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Rows the read model kept before it indexed names are indexed from their documents, and stand at the door. */
    @Test
    void theNamesOfActorsKeptBeforeAreIndexed() throws Exception {
        String tag = tag();
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement("INSERT INTO actor_view (id, kind, name_en, search_text,"
                        + " country, retired, version, document, representative_id) VALUES (?, 'city', ?, '', 'CN',"
                        + " false, 1, ?::jsonb, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "Dalian " + tag);
            insert.setString(3, "{\"id\": \"" + id + "\", \"kind\": \"city\", \"names\": {\"en\": \"Dalian " + tag
                    + "\"}, \"aliases\": [\"Lüda " + tag + "\"], \"country\": \"CN\", \"version\": 1}");
            insert.setString(4, id);
            insert.executeUpdate();
        }
        register(city("Luda " + tag, "CN", null, "")).statusCode(201);

        assertThat(readModel.indexMissingNames(500)).isEqualTo(1);
        assertThat(readModel.indexMissingNames(500)).isZero();
        register(city("Lu-da " + tag, "CN", null, "")).statusCode(409)
                .body("candidates.actorId", hasItem(id));
    }

    @Inject
    ActorReadModel readModel;

    @Nested
    @TestSecurity(user = "editor", roles = {"editor", "reader"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
            @Claim(key = "azp", value = "observatory-cli")})
    class Merging {

        @Test
        void aMergedActorRedirectsToItsSurvivorAndKeepsItsHistory() {
            String tag = tag();
            String survivor = registered(city("Guangzhou " + tag, "CN", "CN-GD", ""));
            String duplicate = registered(city("Canton " + tag, "CN", "CN-GD", ""));

            command(duplicate, "merge", "{\"survivorId\": \"" + survivor + "\", \"reason\": \"recorded twice\"}")
                    .statusCode(200).body("survivorId", equalTo(survivor)).header("ETag", "\"2\"");

            given().redirects().follow(false).when().get("/api/v1/actors/" + duplicate).then().statusCode(308)
                    .header("Location", endsWith("/api/v1/actors/" + survivor));
            given().redirects().follow(false).queryParam("asOf", "2020-01-01").when().get("/api/v1/actors/" + duplicate)
                    .then().statusCode(308).header("Location", endsWith("/api/v1/actors/" + survivor + "?asOf=2020-01-01"));
            given().when().get("/api/v1/actors/" + duplicate).then().statusCode(200).body("id", equalTo(survivor));
            given().when().get("/api/v1/actors/" + survivor).then().statusCode(200)
                    .body("mergedIds", contains(duplicate));
            given().when().get("/api/v1/actors/" + duplicate + "/events").then().statusCode(200)
                    .body("type", contains("ActorRegistered", "ActorMerged"))
                    .body("[1].cloudEventType", equalTo("org.paradiplomacy.actor.merged.v1"))
                    .body("[1].data.survivorId", equalTo(survivor))
                    .body("[1].data.reason", equalTo("recorded twice"));
            given().queryParam("q", tag).when().get("/api/v1/actors").then()
                    .body("items.id", contains(survivor)).body("items[0].mergedIds", contains(duplicate));
            command(duplicate, "aliases", "{\"alias\": \"Kwangchow\"}").statusCode(409).contentType(startsWith(PROBLEM))
                    .body("detail", containsString("merged into " + survivor));
            // The merged name no longer stands at the door.
            register(city("Canton " + tag, "CN", "CN-GD", "")).statusCode(201);
        }

        @Test
        void aChainOfMergesEndsAtTheLastSurvivor() {
            String tag = tag();
            String first = registered(city("Shenyang " + tag, "CN", "CN-LN", ""));
            String second = registered(city("Mukden " + tag, "CN", "CN-LN", ""));
            String third = registered(city("Fengtian " + tag, "CN", "CN-LN", ""));

            command(first, "merge", "{\"survivorId\": \"" + second + "\"}").statusCode(200);
            command(third, "merge", "{\"survivorId\": \"" + first + "\"}").statusCode(422)
                    .body("errors.field", contains("survivorId"))
                    .body("errors[0].message", containsString("merge into " + second + " instead"));
            command(second, "merge", "{\"survivorId\": \"" + third + "\"}").statusCode(200);

            given().redirects().follow(false).when().get("/api/v1/actors/" + first).then().statusCode(308)
                    .header("Location", endsWith("/api/v1/actors/" + third));
            given().when().get("/api/v1/actors/" + third).then().body("mergedIds", containsInAnyOrder(first, second));
        }

        @Test
        void theSurvivorMustBeAnotherActorOfTheSameKind() {
            String tag = tag();
            String city = registered(city("Jilin " + tag, "CN", "CN-JL", ""));
            String province = registered("{\"kind\": \"province\", \"names\": {\"en\": \"Jilin " + tag + "\"},"
                    + " \"country\": \"CN\", \"subdivision\": \"CN-JL\"}");

            command(city, "merge", "{\"survivorId\": \"" + province + "\"}").statusCode(422)
                    .body("errors.field", contains("survivorId"));
            command(city, "merge", "{\"survivorId\": \"" + city + "\"}").statusCode(422);
            command(city, "merge", "{\"survivorId\": \"" + UUID.randomUUID() + "\"}").statusCode(422);
            command(city, "merge", "{}").statusCode(422).body("errors.field", contains("survivorId"));
        }

        @Test
        void aNetworksMergedMemberIsListedOnceAsItsSurvivor() {
            String tag = tag();
            String network = network("Sister Cities " + tag);
            String survivor = registered(city("Zhengzhou " + tag, "CN", "CN-HA", ""));
            String duplicate = registered(city("Chengchow " + tag, "CN", "CN-HA", ""));
            String other = registered(city("Luoyang " + tag, "CN", "CN-HA", ""));
            String elsewhere = registered(city("Kaifeng " + tag, "CN", "CN-HA", ""));
            for (String member : List.of(survivor, duplicate, other)) {
                command(member, "memberships", "{\"networkId\": \"" + network + "\", \"since\": \"2010\"}")
                        .statusCode(200);
            }

            command(duplicate, "merge", "{\"survivorId\": \"" + survivor + "\"}").statusCode(200);
            command(other, "merge", "{\"survivorId\": \"" + elsewhere + "\"}").statusCode(200);

            given().queryParam("network", network).when().get("/api/v1/actors").then()
                    .body("items.id", containsInAnyOrder(survivor, elsewhere)).body("total", equalTo(2));
        }
    }

    @Nested
    @TestSecurity(user = "editor", roles = {"editor", "reader"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
            @Claim(key = "azp", value = "observatory-cli")})
    class Withdrawing {

        @Test
        void aWithdrawnActorStaysReadableButLeavesListsAndTakesNoCommand() {
            String tag = tag();
            String id = registered(city("Acme Holdings " + tag, "CN", "CN-SH", ""));

            command(id, "withdrawal", "{\"reason\": \"recorded in error: a company, not a city\"}").statusCode(200)
                    .body("withdrawal.reason", equalTo("recorded in error: a company, not a city"))
                    .body("withdrawal.by", equalTo("editor"))
                    .body("withdrawal.withdrawnAt", notNullValue());

            given().when().get("/api/v1/actors/" + id).then().statusCode(200)
                    .body("withdrawal.by", equalTo("editor")).body("withdrawal.withdrawnAt", notNullValue());
            given().queryParam("q", tag).when().get("/api/v1/actors").then().body("items", empty());
            given().queryParam("q", tag).queryParam("withdrawn", true).when().get("/api/v1/actors").then()
                    .body("items.id", contains(id)).body("items[0].withdrawal.by", equalTo("editor"));
            command(id, "aliases", "{\"alias\": \"Acme\"}").statusCode(409).body("detail", containsString("withdrawn"));
            command(id, "withdrawal", "{\"reason\": \"again\"}").statusCode(409);
            given().when().get("/api/v1/actors/" + id + "/events").then()
                    .body("type", contains("ActorRegistered", "ActorWithdrawn"))
                    .body("[1].metadata.principal", equalTo("editor"))
                    .body("[1].metadata.subject", equalTo("test-editor"))
                    .body("[1].metadata.clientId", equalTo("observatory-cli"));
            // Nor does it stand at the door.
            register(city("Acme Holdings " + tag, "CN", "CN-SH", "")).statusCode(201);
        }

        @Test
        void aWithdrawalNeedsAReason() {
            String id = registered(city("Suzhou " + tag(), "CN", "CN-JS", ""));
            command(id, "withdrawal", "{\"reason\": \" \"}").statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", contains("reason"));
            command(id, "withdrawal", "{\"reason\": \"" + "x".repeat(1001) + "\"}").statusCode(422)
                    .body("errors.field", contains("reason"));
        }

        @Test
        void aMembershipRecordedInErrorLeavesTheNetworkAndTheActorStays() {
            String tag = tag();
            String network = network("Mayors for Peace " + tag);
            String id = registered(city("Nagasaki " + tag, "JP", "JP-42", ""));
            command(id, "memberships", "{\"networkId\": \"" + network + "\", \"since\": \"1982\"}").statusCode(200);

            command(id, "memberships/" + UUID.randomUUID() + "/withdrawal", "{\"reason\": \"never joined\"}")
                    .statusCode(404).contentType(startsWith(PROBLEM));
            command(id, "memberships/" + network + "/withdrawal", "{\"reason\": \"never joined\"}").statusCode(200)
                    .body("memberships", empty()).body("withdrawal", nullValue());

            given().queryParam("network", network).when().get("/api/v1/actors").then().body("items", empty());
            given().when().get("/api/v1/actors/" + id + "/events").then()
                    .body("type", contains("ActorRegistered", "NetworkMembershipStarted", "NetworkMembershipWithdrawn"))
                    .body("[2].cloudEventType",
                            equalTo("org.paradiplomacy.actor.network-membership-withdrawn.v1"));
        }
    }

    @Nested
    @TestSecurity(user = "editor", roles = {"editor", "reader"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
            @Claim(key = "azp", value = "observatory-cli")})
    class PlacingByCoordinates {

        static final String CONCEPCION = ", \"coordinates\": {\"latitude\": -36.8201, \"longitude\": -73.0444}";
        static final String NEUQUEN = ", \"coordinates\": {\"latitude\": -38.95, \"longitude\": -68.06}";

        @Test
        void aCityIsPlacedByItsCoordinatesAtRegistration() {
            String tag = tag();
            String id = register(city("Talcahuano " + tag, "CL", null, CONCEPCION)).statusCode(201)
                    .body("subdivision", equalTo("CL-BI")).body("placedBy", equalTo("coordinates"))
                    .body("placement", equalTo("placed in CL-BI by its coordinates"))
                    .extract().path("id");

            given().when().get("/api/v1/actors/" + id).then().body("subdivision", equalTo("CL-BI"))
                    .body("placedBy", equalTo("coordinates")).body("placement", nullValue());
            given().when().get("/api/v1/actors/" + id + "/events").then()
                    .body("[0].data.place.placedBy", equalTo("coordinates"));
            // Placed, it stands at the door with its subdivision.
            register(city("Talcahuano " + tag, "CL", "CL-RM", "")).statusCode(201);
            register(city("Talcahuano " + tag, "CL", null, CONCEPCION)).statusCode(409);
        }

        @Test
        void aPointInAnotherCountryLeavesItUnplacedSayingWhyUntilItIsCorrected() {
            String tag = tag();
            String id = register(city("Los Ángeles " + tag, "CL", null, NEUQUEN)).statusCode(201)
                    .body("subdivision", nullValue()).body("placedBy", nullValue())
                    .body("placement", equalTo("the coordinates (-38.95, -68.06) lie in AR-Q, not in CL"))
                    .extract().path("id");
            given().queryParam("q", tag).queryParam("unplaced", true).when().get("/api/v1/actors").then()
                    .body("items.id", contains(id));

            command(id, "placement", "").statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", contains("coordinates"))
                    .body("errors[0].message", equalTo("the coordinates (-38.95, -68.06) lie in AR-Q, not in CL"));
            command(id, "corrections", "{\"names\": {\"en\": \"Los Ángeles " + tag + "\"}, \"country\": \"CL\""
                    + CONCEPCION + "}").statusCode(200)
                    .body("subdivision", equalTo("CL-BI")).body("placedBy", equalTo("coordinates"))
                    .body("placement", equalTo("placed in CL-BI by its coordinates"));
            given().queryParam("q", tag).queryParam("unplaced", true).when().get("/api/v1/actors").then()
                    .body("items", empty());
        }

        @Test
        void placingAnActorWithASubdivisionRecordsNothing() {
            String id = registered(city("Coronel " + tag(), "CL", "CL-BI", CONCEPCION));
            given().when().post("/api/v1/actors/" + id + "/placement").then().statusCode(200)
                    .header("ETag", "\"1\"").body("placedBy", nullValue()).body("subdivision", equalTo("CL-BI"));
        }

        @Test
        void aNetworkIsNotPlaced() {
            String id = network("Mercociudades " + tag());
            given().when().post("/api/v1/actors/" + id + "/placement").then().statusCode(422)
                    .body("errors.field", containsInAnyOrder("kind", "coordinates", "country"));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheNewOperationsTheirBoundsAndTheDuplicateProblem() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/actors'.post.responses.'409'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/LikelyDuplicateProblem"))
                .body("components.schemas.LikelyDuplicateProblem.properties.candidates.items.$ref",
                        equalTo("#/components/schemas/DuplicateCandidate"))
                .body("components.schemas.RegisterActorRequest.properties.distinctFrom.maxItems", equalTo(20))
                .body("components.schemas.RegisterActorRequest.properties.distinctFrom.items.maxLength", equalTo(64))
                .body("paths.'/api/v1/actors/{id}/merge'.post.operationId", equalTo("mergeActor"))
                .body("paths.'/api/v1/actors/{id}/withdrawal'.post.operationId", equalTo("withdrawActor"))
                .body("paths.'/api/v1/actors/{id}/memberships/{networkId}/withdrawal'.post.operationId",
                        equalTo("withdrawNetworkMembership"))
                .body("paths.'/api/v1/actors/{id}/placement'.post.operationId", equalTo("placeActor"))
                .body("paths.'/api/v1/actors/{id}'.get.responses", hasKey("308"))
                .body("components.schemas.MergeActorRequest.properties.reason.maxLength", equalTo(1000))
                .body("components.schemas.WithdrawalRequest.properties.reason.maxLength", equalTo(1000))
                .body("components.schemas.PlacedBy.enum", contains("coordinates"));
    }
}

package org.paradiplomacy.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsA400SayingWhere() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Wuhan\"")
                .when().post("/probe")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:paradiplomacy:problem:malformed-request"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"))
                .body("instance", equalTo("/probe"));
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Wuhan\", \"fr\": \"Ouhan\"}}")
                .when().post("/probe")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("names.fr"))
                .body("detail", containsString("Unknown property 'fr'"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Wuhan\"}, \"since\": \"yesterday\"}")
                .when().post("/probe")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void everyInvalidFieldIsListed() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \" \"}, \"aliases\": [\"a\", \"\", \"c\"]}")
                .when().post("/probe")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:paradiplomacy:problem:invalid-request"))
                .body("errors.field", hasItems("names.en", "aliases", "aliases[1]"));
    }

    @Test
    void aMissingBodyIsRefused() {
        given().contentType(ContentType.JSON)
                .when().post("/probe")
                .then().statusCode(400).contentType(startsWith(PROBLEM));
    }

    @Test
    void domainFailuresHaveTheirOwnStatus() {
        given().when().get("/probe/fail/rule").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("parties[1]"))
                .body("errors[0].message", equalTo("is listed twice"));
        given().when().get("/probe/fail/state").then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("detail", equalTo("The agreement is already terminated"));
        given().when().get("/probe/fail/missing").then().statusCode(404).contentType(startsWith(PROBLEM));
        given().when().get("/probe/fail/version").then().statusCode(409).contentType(startsWith(PROBLEM));
        given().header("If-Match", "\"3\"").when().get("/probe/fail/version").then().statusCode(412)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void aBugIsA500ThatLeaksNothing() {
        given().when().get("/probe/fail/bug").then().statusCode(500).contentType(startsWith(PROBLEM))
                .body("detail", equalTo("The request could not be completed; it has been logged"));
    }

    @Test
    void frameworkRefusalsAreProblemsToo() {
        given().when().get("/nowhere").then().statusCode(404).contentType(startsWith(PROBLEM));
        given().when().delete("/probe").then().statusCode(405).contentType(startsWith(PROBLEM));
        given().contentType(ContentType.XML).body("<a/>").when().post("/probe").then().statusCode(415)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void aNulCharacterAnywhereIsRefusedBeforeItReachesTheDatabase() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Wu\\u0000han\"}}")
                .when().post("/probe").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("body"));
        given().urlEncodingEnabled(false).when().get("/probe/fail/a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).queryParam("q", "a%00b").when().get("/probe/fail/missing").then()
                .statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void theCorrelationIdIsEchoed() {
        given().header("X-Correlation-Id", "abc-123").when().get("/probe/fail/missing")
                .then().header("X-Correlation-Id", "abc-123");
    }
}

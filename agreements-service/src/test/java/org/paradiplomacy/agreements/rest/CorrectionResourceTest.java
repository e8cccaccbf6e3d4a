package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Conferences and statements are corrected as a whole, from their start; a conference's host is not a participant. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class CorrectionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse correct(String path, String ifMatch, String json) {
        var request = given().contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post(path).then();
    }

    @Test
    void aConferenceIsCorrectedAsAWholeFromItsStartHonouringIfMatch() {
        String chongqing = ActorTopic.known("Chongqing", "CN", "CN-CQ");
        String santiago = ActorTopic.known("Santiago", "CL", "CL-RM");
        String lima = ActorTopic.known("Lima", "PE", "PE-LIM");
        String conference = """
                {"title": "%s", "host": "%s", "participants": [%s], "startsOn": "%s"%s}""";

        post("/api/v1/conferences", conference.formatted("Forum", chongqing, "\"" + santiago + "\", \"" + chongqing + "\"",
                "2016-11", "")).statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("participants"))
                .body("errors[0].message", containsString("must not include the host"));
        String id = post("/api/v1/conferences", conference.formatted("Forum", chongqing, "\"" + santiago + "\"",
                "2016-11", "")).statusCode(201).header("ETag", "\"1\"").extract().path("id");
        String base = "/api/v1/conferences/" + id;
        String corrected = conference.formatted(" Local Governments Forum ", chongqing,
                "\"" + santiago + "\", \"" + lima + "\"", "2016-11-24",
                ", \"sources\": [{\"title\": \"Forum in Chongqing\", \"publishedOn\": \"2016-11-25\"}]");

        correct(base + "/corrections", "\"2\"", corrected).statusCode(412).contentType(startsWith(PROBLEM));
        correct(base + "/corrections", "\"1\"", corrected).statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("Local Governments Forum")).body("participants", contains(santiago, lima))
                .body("startsOn", equalTo("2016-11-24")).body("sources.title", contains("Forum in Chongqing"));
        correct(base + "/corrections", null, corrected).statusCode(200).header("ETag", "\"2\"");
        correct(base + "/corrections", null, conference.formatted("Forum", chongqing, "\"" + chongqing + "\"",
                "2016-11-24", "")).statusCode(422).body("errors[0].field", equalTo("participants"));
        correct(base + "/corrections", null, conference.formatted("", chongqing, "", "2099", ""))
                .statusCode(422).body("errors.field", containsInAnyOrder("participants", "startsOn", "title"));
        given().when().get(base + "/events").then().body("type", contains("ConferenceHeld", "ConferenceCorrected"));

        given().queryParam("asOf", "2016-11-23").when().get(base).then().statusCode(404);
        given().queryParam("asOf", "2016-11-24").when().get(base).then().statusCode(200)
                .body("title", equalTo("Local Governments Forum"));
        given().queryParam("actor", lima).when().get("/api/v1/conferences").then().body("items.id", contains(id));
        correct("/api/v1/conferences/1d2c3b4a-0000-4000-8000-000000000000/corrections", null, corrected).statusCode(404);
    }

    @Test
    void aStatementIsCorrectedAsAWholeHonouringIfMatch() {
        String wuhan = ActorTopic.known("Wuhan", "CN", "CN-HB");
        String concepcion = ActorTopic.known("Concepción", "CL", "CL-BI");
        String statement = """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "%s", "title": "Sister cities"}""";
        String id = post("/api/v1/statements", statement.formatted(wuhan, concepcion, "2016-04"))
                .statusCode(201).extract().path("id");
        String base = "/api/v1/statements/" + id;

        correct(base + "/corrections", "\"7\"", statement.formatted(wuhan, concepcion, "2016-04-25")).statusCode(412);
        correct(base + "/corrections", null, statement.formatted(wuhan, wuhan, "2016-04-25")).statusCode(422)
                .body("errors[0].field", equalTo("about"));
        correct(base + "/corrections", "\"1\"", statement.formatted(wuhan, concepcion, "2016-04-25")).statusCode(200)
                .header("ETag", "\"2\"").body("issuedOn", equalTo("2016-04-25"));
        correct(base + "/corrections", null, statement.formatted(wuhan, concepcion, "2016-04-25")).statusCode(200)
                .header("ETag", "\"2\"");
        given().queryParam("asOf", "2016-04-25").when().get(base).then().statusCode(200)
                .body("issuedOn", equalTo("2016-04-25"));
        given().when().get(base + "/events").then().body("type", contains("StatementIssued", "StatementCorrected"));
    }
}

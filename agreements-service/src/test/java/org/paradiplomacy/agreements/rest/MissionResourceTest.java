package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class MissionResourceTest {

    @Test
    void aMissionIsPlannedCompletedAndListed() {
        String biobio = ActorTopic.known("Biobío", "CL", "CL-BI");
        String hubei = ActorTopic.known("Hubei", "CN", "CN-HB");
        String agreement = AgreementResourceTest.signed(biobio, hubei, "2015-10-15");
        String id = post("/api/v1/missions", """
                {"kind": "trade-mission", "leader": "%s", "hosts": ["%s"], "startsOn": "2015-10-12",
                 "endsOn": "2015-10-18", "purpose": "Exports", "fields": ["trade"]}""".formatted(biobio, hubei))
                .statusCode(201).header("ETag", "\"1\"").body("status", equalTo("planned")).extract().path("id");

        post("/api/v1/missions/" + id + "/completion", "{\"completedOn\": \"2015-10-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("completedOn"));
        post("/api/v1/missions/" + id + "/completion", """
                {"completedOn": "2015-10-18", "outcomes": "An MoU", "agreementsSigned": ["%s"]}""".formatted(agreement))
                .statusCode(200).body("status", equalTo("completed")).body("agreementsSigned", contains(agreement));

        given().queryParam("actor", hubei).when().get("/api/v1/missions").then().body("items.id", contains(id));
        given().queryParam("actor", hubei).queryParam("country", "CL").queryParam("status", "completed").when()
                .get("/api/v1/missions").then().body("items.id", contains(id));
        given().queryParam("asOf", "2015-10-13").when().get("/api/v1/missions/" + id).then()
                .body("status", equalTo("planned"));
    }

    @Test
    void aCancelledMissionCannotBeCompleted() {
        String leader = ActorTopic.known("Jalisco", "MX", "MX-JAL");
        String host = ActorTopic.known("Guangdong", "CN", "CN-GD");
        String id = post("/api/v1/missions", """
                {"kind": "official-visit", "leader": "%s", "hosts": ["%s"], "startsOn": "2020-04-01"}"""
                .formatted(leader, host)).statusCode(201).extract().path("id");

        post("/api/v1/missions/" + id + "/cancellation", "{\"cancelledOn\": \"2020-02-01\", \"reason\": \"Travel\"}")
                .statusCode(200).body("status", equalTo("cancelled"));
        post("/api/v1/missions/" + id + "/completion", "{\"completedOn\": \"2020-04-05\"}").statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("cancelled"));
        post("/api/v1/missions", """
                {"kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "2020-04-01"}"""
                .formatted(leader, leader)).statusCode(422).body("errors[0].field", equalTo("hosts"));
    }

    @Test
    void oddRequestsGetProblemsNotFailures() {
        String leader = ActorTopic.known("Hidalgo", "MX", "MX-HID");
        String host = ActorTopic.known("Henan", "CN", "CN-HA");
        String id = post("/api/v1/missions", """
                {"kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "2025-06-01"}"""
                .formatted(leader, host)).statusCode(201).extract().path("id");
        post("/api/v1/missions/" + id + "/cancellation", "{\"cancelledOn\": \"2025-03-01\"}").statusCode(200);

        given().queryParam("asOf", "2025-04-01").when().get("/api/v1/missions/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/agreements/" + id).then().statusCode(404);
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "x", "parties": ["%s", "%s"], "upgrades": "%s", "proposedOn": "2020-01-01"}"""
                .formatted(leader, host, id)).statusCode(422).body("errors[0].field", equalTo("upgrades"));
        post("/api/v1/missions", """
                {"kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "0999-01-01"}"""
                .formatted(leader, host)).statusCode(422).body("errors[0].field", equalTo("startsOn"));
        post("/api/v1/missions", """
                {"kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "-5000-01-01"}"""
                .formatted(leader, host)).statusCode(400).body("errors[0].field", equalTo("startsOn"));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).when().get("/api/v1/missions").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void conferencesAndStatementsAreRecordedAndListedByActor() {
        String host = ActorTopic.known("Concepción", "CL", "CL-BI");
        String guest = ActorTopic.known("Wuhan", "CN", "CN-HB");

        String conference = post("/api/v1/conferences", """
                {"title": "Biobío–China Forum", "host": "%s", "participants": ["%s"], "startsOn": "2017-05-10",
                 "place": "Concepción", "fields": ["trade"]}""".formatted(host, guest))
                .statusCode(201).extract().path("id");
        String statement = post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "Sister cities",
                 "url": "https://example.org/news"}""".formatted(guest, host)).statusCode(201).extract().path("id");

        given().queryParam("actor", guest).when().get("/api/v1/conferences").then().body("items.id", contains(conference));
        given().queryParam("actor", host).when().get("/api/v1/statements").then().body("items.id", contains(statement));
        given().when().get("/api/v1/conferences/" + conference).then().body("host", equalTo(host)).header("ETag", "\"1\"");
        given().queryParam("asOf", "2016-01-01").when().get("/api/v1/statements/" + statement).then().statusCode(404);
        given().when().get("/api/v1/statements/" + statement + "/events").then()
                .body("[0].cloudEventType", equalTo("org.paradiplomacy.statement.issued.v2"));
        post("/api/v1/statements", """
                {"issuer": "%s", "about": [], "issuedOn": "2016-04-25", "title": "x"}""".formatted(guest))
                .statusCode(422).body("errors[0].field", equalTo("about"));
    }
}

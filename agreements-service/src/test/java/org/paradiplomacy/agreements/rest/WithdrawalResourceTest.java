package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** Records made in error are withdrawn: readable with who withdrew them and why, out of lists, taking no command. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class WithdrawalResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAgreementWithdrawnStaysReadableLeavesTheListsAndTakesNoFurtherCommand() {
        String beijing = ActorTopic.known("Beijing", "CN", "CN-BJ");
        String rio = ActorTopic.known("Rio de Janeiro", "BR", "BR-RJ");
        String id = AgreementResourceTest.signed(beijing, rio, "1986-11-24");
        String base = "/api/v1/agreements/" + id;

        post(base + "/withdrawal", "{\"reason\": \"  \"}").statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("reason"));
        post(base + "/withdrawal", "{\"reason\": \"" + "r".repeat(1001) + "\"}").statusCode(422)
                .body("errors[0].message", equalTo("must be at most 1000 characters"));
        post(base + "/withdrawal", """
                {"reason": " Recorded twice ", "sources": [{"title": "Sister cities of Beijing"}]}""").statusCode(200)
                .header("ETag", "\"3\"").body("withdrawal.reason", equalTo("Recorded twice"))
                .body("withdrawal.by", equalTo("editor")).body("withdrawal.withdrawnAt", notNullValue())
                .body("active", equalTo(false)).body("status", equalTo("signed"));

        given().when().get(base).then().statusCode(200).body("withdrawal.reason", equalTo("Recorded twice"));
        given().queryParam("asOf", "1990-01-01").when().get(base).then().statusCode(200)
                .body("withdrawal.reason", equalTo("Recorded twice")).body("active", equalTo(false));
        given().when().get(base + "/events").then().body("type", contains("AgreementProposed", "AgreementSigned",
                "AgreementWithdrawn"));
        post(base + "/withdrawal", "{\"reason\": \"again\"}").statusCode(409).contentType(startsWith(PROBLEM))
                .body("detail", containsString("was withdrawn"));
        post(base + "/termination", "{\"terminatedOn\": \"2024-01-01\", \"reason\": \"x\"}").statusCode(409)
                .body("detail", containsString("takes no further command"));

        given().queryParam("party", beijing).when().get("/api/v1/agreements").then().body("total", equalTo(0));
        given().queryParam("party", beijing).queryParam("withdrawn", true).when().get("/api/v1/agreements").then()
                .body("items.id", contains(id)).body("items[0].withdrawal.reason", equalTo("Recorded twice"))
                .body("items[0].withdrawal.by", equalTo("editor"));
        post("/api/v1/agreements/1d2c3b4a-0000-4000-8000-000000000000/withdrawal", "{\"reason\": \"x\"}")
                .statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void missionsConferencesAndStatementsAreWithdrawnAlike() {
        String guangzhou = ActorTopic.known("Guangzhou", "CN", "CN-GD");
        String recife = ActorTopic.known("Recife", "BR", "BR-PE");

        String mission = post("/api/v1/missions", """
                {"kind": "trade-mission", "leader": "%s", "hosts": ["%s"], "startsOn": "2015-10-12"}"""
                .formatted(guangzhou, recife)).statusCode(201).extract().path("id");
        post("/api/v1/missions/" + mission + "/withdrawal", "{\"reason\": \"Recorded twice\"}").statusCode(200)
                .body("withdrawal.reason", equalTo("Recorded twice")).body("status", equalTo("planned"));
        post("/api/v1/missions/" + mission + "/cancellation", "{\"cancelledOn\": \"2015-10-01\"}").statusCode(409);
        post("/api/v1/missions/" + mission + "/withdrawal", "{\"reason\": \"again\"}").statusCode(409);
        given().queryParam("actor", recife).when().get("/api/v1/missions").then().body("total", equalTo(0));
        given().queryParam("actor", recife).queryParam("withdrawn", true).when().get("/api/v1/missions").then()
                .body("items.id", contains(mission));

        String conference = post("/api/v1/conferences", """
                {"title": "Forum", "host": "%s", "participants": ["%s"], "startsOn": "2016-11-24"}"""
                .formatted(guangzhou, recife)).statusCode(201).extract().path("id");
        post("/api/v1/conferences/" + conference + "/withdrawal", "{\"reason\": \"Never held\"}").statusCode(200)
                .body("withdrawal.reason", equalTo("Never held"));
        post("/api/v1/conferences/" + conference + "/corrections", """
                {"title": "Forum", "host": "%s", "participants": ["%s"], "startsOn": "2016-11-24"}"""
                .formatted(guangzhou, recife)).statusCode(409).body("detail", containsString("was withdrawn"));
        given().when().get("/api/v1/conferences/" + conference).then().statusCode(200)
                .body("withdrawal.reason", equalTo("Never held"));
        given().queryParam("actor", guangzhou).when().get("/api/v1/conferences").then().body("total", equalTo(0));

        String statement = post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "Joint statement"}"""
                .formatted(guangzhou, recife)).statusCode(201).extract().path("id");
        given().when().get("/api/v1/statements/" + statement).then().body("withdrawal", nullValue());
        post("/api/v1/statements/" + statement + "/withdrawal", "{\"reason\": \"Wrong issuer\"}").statusCode(200)
                .header("ETag", "\"2\"");
        post("/api/v1/statements/" + statement + "/withdrawal", "{\"reason\": \"Wrong issuer\"}").statusCode(409);
        given().queryParam("actor", guangzhou).queryParam("withdrawn", true).when().get("/api/v1/statements").then()
                .body("items.id", contains(statement)).body("items[0].withdrawal.reason", equalTo("Wrong issuer"));
    }
}

package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actors merged into a survivor or withdrawn, as the actors topic says, in whatever order its events arrive: a
 * command naming a merged actor names its survivor, the engagements of a merged actor are listed under its
 * survivor, and a withdrawn actor takes part in nothing new.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class MergedActorsResourceTest {

    static String agreementBetween(String a, String b) {
        return post("/api/v1/agreements", """
                {"kind": "sister-city", "title": "Sister cities", "parties": ["%s", "%s"], "signed": {"signedOn": "2016-04-07"}}"""
                .formatted(a, b)).statusCode(201).extract().path("id");
    }

    @Test
    void aMergedActorsEngagementsAreListedUnderItsSurvivorAndACommandNamingItNamesTheSurvivor() {
        String copy = ActorTopic.known("Wuhan, CN-HB", "CN", "CN-HB");
        String wuhan = ActorTopic.known("Wuhan", "CN", "CN-HB");
        String concepcion = ActorTopic.known("Concepción", "CL", "CL-BI");
        String imported = agreementBetween(copy, concepcion);
        String both = agreementBetween(copy, wuhan);
        String statement = post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "Sister cities"}"""
                .formatted(concepcion, copy)).statusCode(201).extract().path("id");

        ActorTopic.merged(copy, wuhan, 2);

        given().queryParam("party", wuhan).when().get("/api/v1/agreements").then()
                .body("items.id", containsInAnyOrder(imported, both));
        given().queryParam("party", copy).when().get("/api/v1/agreements").then().body("total", equalTo(0));
        given().queryParam("actor", wuhan).when().get("/api/v1/statements").then().body("items.id", contains(statement));
        given().queryParam("party", wuhan).queryParam("subdivision", "CL-BI").when().get("/api/v1/agreements").then()
                .body("items.id", contains(imported));

        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Trade", "parties": ["%s", "%s"], "proposedOn": "2020"}"""
                .formatted(copy, concepcion)).statusCode(201).body("parties", contains(wuhan, concepcion));
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Trade", "parties": ["%s", "%s"], "proposedOn": "2020"}"""
                .formatted(copy, wuhan)).statusCode(422).body("errors[0].field", equalTo("parties[1]"));
        // A step of an engagement recorded before the merge keeps it under the survivor.
        post("/api/v1/agreements/" + imported + "/renewals", "{\"renewedOn\": \"2021\"}").statusCode(200);
        given().queryParam("party", wuhan).queryParam("kind", "sister-city").when().get("/api/v1/agreements").then()
                .body("items.id", containsInAnyOrder(imported, both));
        // An upgrade is between the same set of parties, each counted as its survivor.
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Cooperation", "parties": ["%s", "%s"], "upgrades": "%s",
                 "signed": {"signedOn": "2022"}}""".formatted(concepcion, wuhan, imported)).statusCode(201);
        given().when().get("/api/v1/agreements/" + imported).then().body("status", equalTo("superseded"));
    }

    @Test
    void mergesArrivingBeforeTheirSurvivorOrInAChainResolveThroughEveryMerge() {
        String copy = ActorTopic.known("Guangzhou (copy)", "CN", "CN-GD");
        String arequipa = ActorTopic.known("Arequipa", "PE", "PE-ARE");
        String before = agreementBetween(copy, arequipa);
        String survivor = UUID.randomUUID().toString();

        ActorTopic.merged(copy, survivor, 2);
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Trade", "parties": ["%s", "%s"], "proposedOn": "2020"}"""
                .formatted(copy, arequipa)).statusCode(422).body("errors[0].field", equalTo("parties[0]"))
                .body("errors[0].message", containsString("no actor " + survivor + " is known"));
        given().queryParam("party", survivor).when().get("/api/v1/agreements").then().body("items.id", contains(before));

        ActorTopic.registered(survivor, "Guangzhou", "CN", "CN-GD");
        ActorTopic.awaitKnown(survivor);
        String last = ActorTopic.known("Guangzhou (final)", "CN", "CN-GD");
        ActorTopic.merged(survivor, last, 2);
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Trade", "parties": ["%s", "%s"], "proposedOn": "2020"}"""
                .formatted(copy, arequipa)).statusCode(201).body("parties", contains(last, arequipa));
        given().queryParam("party", last).queryParam("kind", "sister-city").when().get("/api/v1/agreements").then()
                .body("items.id", contains(before));

        String unseen = UUID.randomUUID().toString();
        ActorTopic.merged(unseen, last, 2);
        ActorTopic.registered(unseen, "Guangzhou (registered after its merge)", "CN", "CN-GD");
        given().when().get("/api/v1/directory/actors/" + unseen).then().body("mergedInto", equalTo(last));
        post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "x"}"""
                .formatted(arequipa, unseen)).statusCode(201).body("about", contains(last));
    }

    @Test
    void aWithdrawnActorIsRefusedNamingTheField() {
        String ghost = ActorTopic.known("Recorded in error", "CN", "CN-HB");
        String lima = ActorTopic.known("Lima", "PE", "PE-LIM");
        ActorTopic.withdrawn(ghost, 2);
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Trade", "parties": ["%s", "%s"], "proposedOn": "2020"}"""
                .formatted(lima, ghost)).statusCode(422).body("errors[0].field", equalTo("parties[1]"))
                .body("errors[0].message", containsString("was withdrawn"));
        post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "x"}"""
                .formatted(ghost, lima)).statusCode(422).body("errors[0].field", equalTo("issuer"));

        String unseen = UUID.randomUUID().toString();
        ActorTopic.withdrawn(unseen, 3);
        ActorTopic.registered(unseen, "Registered after its withdrawal", "CN", "CN-HB");
        post("/api/v1/missions", """
                {"kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "2015-10-12"}"""
                .formatted(lima, unseen)).statusCode(422).body("errors[0].field", equalTo("hosts[0]"));
    }
}

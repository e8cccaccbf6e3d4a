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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Texts and lists beyond their bounds are refused with a problem naming the field, and a body larger than any
 * command needs with a 413, before anything is looked up or stored.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class RequestLimitsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aHugeTitleOrThousandsOfPartiesAreRefusedNamingTheFieldAndNothingIsStored() {
        String wuhan = ActorTopic.known("Wuhan", "CN", "CN-HB");
        String concepcion = ActorTopic.known("Concepción", "CL", "CL-BI");
        String parties = IntStream.range(0, 5000).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        String agreement = """
                {"kind": "sister-city", "title": "%s", "parties": %s, "signed": {"signedOn": "2016-04-07"}}""";

        post("/api/v1/agreements", agreement.formatted("T".repeat(1_500_000),
                "[\"" + wuhan + "\", \"" + concepcion + "\"]"))
                .statusCode(413).contentType(startsWith(PROBLEM))
                .body("status", equalTo(413))
                .body("errors.field", contains("body"))
                .body("errors[0].message", equalTo("must be at most 1 MiB (1048576 bytes)"))
                .body("detail", containsString("more than the 1 MiB this service accepts"));
        post("/api/v1/agreements", agreement.formatted("T".repeat(301), "[\"" + wuhan + "\", \"" + concepcion + "\"]"))
                .statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("title"))
                .body("errors[0].message", equalTo("must be at most 300 characters"));
        post("/api/v1/agreements", agreement.formatted("Wuhan–Concepción", parties))
                .statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("parties"))
                .body("errors[0].message", equalTo("must name at most 40 actors, not 5000"));
        post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "Sister cities",
                 "url": "https://www.hubei.gov.cn/%s"}""".formatted(wuhan, concepcion, "a".repeat(2000)))
                .statusCode(422).body("errors.field", contains("url"));

        given().queryParam("party", wuhan).when().get("/api/v1/agreements").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("actor", wuhan).when().get("/api/v1/statements").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aBodyLargerThanTheServiceAcceptsIsRefusedWith413BeforeAnyCommandRuns() {
        String shanghai = ActorTopic.known("Shanghai", "CN", "CN-SH");
        String valparaiso = ActorTopic.known("Valparaíso", "CL", "CL-VS");
        String id = AgreementResourceTest.signed(shanghai, valparaiso, "2001-07-10");
        String termination = "/api/v1/agreements/" + id + "/termination";

        post(termination, "{\"terminatedOn\": \"2024-01-01\", \"reason\": \"" + "R".repeat(1024 * 1024) + "\"}")
                .statusCode(413).contentType(startsWith(PROBLEM))
                .body("title", equalTo("Content too large"))
                .body("instance", equalTo(termination))
                .body("errors.field", contains("body"));
        post(termination, "{\"terminatedOn\": \"2024-01-01\", \"reason\": \"" + "R".repeat(4001) + "\"}")
                .statusCode(422).body("errors.field", contains("reason"))
                .body("errors[0].message", equalTo("must be at most 4000 characters"));
        given().when().get("/api/v1/agreements/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("signed"));

        post(termination, "{\"terminatedOn\": \"2024-01-01\", \"reason\": \"" + "R".repeat(4000) + "\"}")
                .statusCode(200).body("status", equalTo("terminated"));
        given().accept("application/json").when().get("/q/openapi").then()
                .body("paths.'/api/v1/agreements/{id}/termination'.post.responses.'413'.content"
                        + ".'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"))
                .body("components.schemas.AgreementRequest.properties.parties.maxItems", equalTo(40))
                .body("components.schemas.AgreementRequest.properties.parties.items.maxLength", equalTo(64))
                .body("components.schemas.AgreementRequest.properties.title.maxLength", equalTo(300))
                .body("components.schemas.ConferenceRequest.properties.participants.maxItems", equalTo(50))
                .body("components.schemas.StatementRequest.properties.summary.maxLength", equalTo(4000))
                .body("components.schemas.TerminationRequest.properties.reason.maxLength", equalTo(4000));
    }
}

package org.paradiplomacy.actors.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.security.ProtectedOperations.Operation;
import org.paradiplomacy.testing.security.ProtectedOperations;
import org.paradiplomacy.testing.security.TestTokens;

/**
 * Who may do what, for every protected operation the OpenAPI document lists: anonymous 401, a reader 403, an
 * editor through to the command (whatever it then says of the empty body), administration for admins only.
 */
@QuarkusTest
class AccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theDocumentListsTheWritesAndTheAdministration() {
        ProtectedOperations operations = ProtectedOperations.fromOpenApi();
        assertThat(operations.needing("editor")).extracting(Operation::toString)
                .contains("POST /api/v1/actors", "POST /api/v1/actors/{id}/merge",
                        "DELETE /api/v1/actors/{id}/aliases/{alias}")
                .hasSize(13);
        assertThat(operations.needing("admin")).extracting(Operation::toString)
                .contains("POST /api/v1/admin/publication/verification",
                        "POST /api/v1/admin/publication/parked-streams/{streamId}/retry");
    }

    @Test
    void anonymousCallsAreRefusedWith401Problems() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            operation.send(null).then().statusCode(401).contentType(startsWith(PROBLEM))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", containsString("role " + operation.role()));
        }
    }

    @Test
    void expiredAndForgedTokensAreRefusedWith401() {
        Operation register = ProtectedOperations.fromOpenApi().needing("editor").getFirst();
        for (String token : new String[] {TestTokens.expired("editor", "editor"), TestTokens.forged("editor", "editor"),
                TestTokens.fromAnotherIssuer("editor", "editor")}) {
            register.send(token).then().statusCode(401).contentType(startsWith(PROBLEM))
                    .body("detail", containsString("bearer token was refused"));
        }
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aReaderIsRefusedEveryChangeWith403() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            operation.send(null).then().statusCode(403).contentType(startsWith(PROBLEM))
                    .body("detail", containsString("needs the role " + operation.role()));
        }
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "reader"})
    void anEditorReachesEveryCommandButNoAdministration() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            Response response = operation.send(null);
            if (operation.role().equals("admin")) {
                response.then().statusCode(403).contentType(startsWith(PROBLEM));
            } else {
                assertThat(response.statusCode()).as("%s as an editor", operation).isBetween(200, 499)
                        .isNotIn(401, 403);
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
    void anAdminReachesTheAdministration() {
        for (Operation operation : ProtectedOperations.fromOpenApi().needing("admin")) {
            assertThat(operation.send(null).statusCode()).as("%s as an admin", operation).isBetween(200, 499)
                    .isNotIn(401, 403);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(given().when()
                .get("/api/v1/admin/publication/verification").then().statusCode(200).extract().path("state")));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readsStayPublic() {
        given().when().get("/api/v1/actors").then().statusCode(200);
    }

    @Test
    void theHistoryNamesWhoRecordedIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = register(TestTokens.user("editor", "editor"), null, "Access Town " + tag)
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/actors/" + id + "/events").then().statusCode(200)
                .body("[0].metadata.principal", equalTo("editor"))
                .body("[0].metadata.subject", equalTo("sub-editor"))
                .body("[0].metadata.username", equalTo("editor"))
                .body("[0].metadata.clientId", equalTo("observatory-cli"));

        String loaded = register(TestTokens.serviceAccount("observatory-loader", "editor"), null, "Loaded Town " + tag)
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/actors/" + loaded + "/events").then().statusCode(200)
                .body("[0].metadata.principal", equalTo("observatory-loader"))
                .body("[0].metadata.clientId", equalTo("observatory-loader"));
    }

    @Test
    void twoEditorsEqualIdempotencyKeysDoNotCollide() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String key = "key-" + tag;
        String alice = TestTokens.user("alice", "editor");
        String first = register(alice, key, "Alice Town " + tag).then().statusCode(201).extract().path("id");
        String bobs = register(TestTokens.user("bob", "editor"), key, "Bob Town " + tag).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        String again = register(alice, key, "Alice Town " + tag).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(bobs).isNotEqualTo(first);
        assertThat(again).isEqualTo(first);
        given().when().get("/api/v1/actors/" + bobs + "/events").then()
                .body("[0].metadata.principal", equalTo("bob"));
    }

    private static Response register(String bearer, String idempotencyKey, String name) {
        var request = given().auth().oauth2(bearer).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body("{\"kind\": \"network\", \"names\": {\"en\": \"" + name + "\"}}")
                .when().post("/api/v1/actors");
    }
}

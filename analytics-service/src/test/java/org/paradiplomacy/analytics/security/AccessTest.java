package org.paradiplomacy.analytics.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.security.ProtectedOperations.Operation;
import org.paradiplomacy.testing.security.ProtectedOperations;
import org.paradiplomacy.testing.security.TestTokens;

/**
 * analytics-service protects only its administration (every operation the OpenAPI document lists under
 * /api/v1/admin/): anonymous 401, a reader or an editor 403, an admin through; the statistics stay public.
 */
@QuarkusTest
class AccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theDocumentListsOnlyTheAdministration() {
        ProtectedOperations operations = ProtectedOperations.fromOpenApi();
        assertThat(operations.needing("editor")).isEmpty();
        assertThat(operations.needing("admin")).extracting(Operation::toString)
                .containsExactlyInAnyOrder("POST /api/v1/admin/rebuild", "GET /api/v1/admin/rebuild");
    }

    @Test
    void anonymousCallsAreRefusedWith401Problems() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            operation.send(null).then().statusCode(401).contentType(startsWith(PROBLEM))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", containsString("role admin"));
        }
        for (String token : new String[] {TestTokens.expired("admin", "admin"), TestTokens.forged("admin", "admin")}) {
            given().auth().oauth2(token).when().post("/api/v1/admin/rebuild").then().statusCode(401)
                    .contentType(startsWith(PROBLEM)).body("detail", containsString("bearer token was refused"));
        }
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aReaderIsRefusedWith403() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            operation.send(null).then().statusCode(403).contentType(startsWith(PROBLEM))
                    .body("detail", containsString("needs the role admin"));
        }
    }

    @Test
    void anEditorIsRefusedWith403() {
        for (Operation operation : ProtectedOperations.fromOpenApi().all()) {
            operation.send(TestTokens.user("editor", "editor")).then().statusCode(403)
                    .contentType(startsWith(PROBLEM)).body("detail", containsString("needs the role admin"));
        }
    }

    @Test
    void anAdminStartsARebuild() {
        String admin = TestTokens.user("admin", "admin");
        given().auth().oauth2(admin).when().post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).until(() -> !"running".equals(given().auth().oauth2(admin)
                .when().get("/api/v1/admin/rebuild").then().statusCode(200).extract().path("state")));
    }

    @Test
    void theStatisticsStayPublic() {
        given().when().get("/api/v1/stats/regions").then().statusCode(200);
        given().when().get("/api/v1/stats/freshness").then().statusCode(200);
    }
}

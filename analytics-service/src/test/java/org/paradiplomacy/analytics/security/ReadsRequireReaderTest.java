package org.paradiplomacy.analytics.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.security.TestTokens;

/** With observatory.security.reads-require-reader=true, reading needs the role reader too. */
@QuarkusTest
@TestProfile(ReadsRequireReaderTest.ReadsRequireReader.class)
class ReadsRequireReaderTest {

    public static class ReadsRequireReader implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("observatory.security.reads-require-reader", "true");
        }
    }

    @Test
    void anAnonymousReadIs401() {
        given().when().get("/api/v1/stats/regions").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", containsString("role reader"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aReaderReads() {
        given().when().get("/api/v1/stats/regions").then().statusCode(200);
        given().when().get("/api/v1/stats/years").then().statusCode(200);
    }

    @Test
    void aReadersTokenIsVerified() {
        given().auth().oauth2(TestTokens.user("reader", "reader")).when().get("/api/v1/stats/regions").then().statusCode(200);
        given().auth().oauth2(TestTokens.user("nobody", "offline_access")).when().get("/api/v1/stats/regions").then()
                .statusCode(403);
    }
}

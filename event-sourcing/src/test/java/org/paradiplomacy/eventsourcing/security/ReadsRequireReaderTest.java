package org.paradiplomacy.eventsourcing.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.security.TestTokens;

/** With {@code observatory.security.reads-require-reader=true} every GET of /api/** needs the role reader. */
@QuarkusTest
@TestProfile(ReadsRequireReaderTest.ReadsRequireReader.class)
class ReadsRequireReaderTest {

    public static class ReadsRequireReader implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(ReadAccess.SWITCH, "true");
        }
    }

    private static final String PROBE = "/api/v1/security-probe";

    @Test
    void anAnonymousReadIs401() {
        given().when().get(PROBE).then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", containsString("requires sign-in to read records"))
                .body("detail", containsString("role reader"));
    }

    @Test
    void aReaderReadsAndSoDoEditorsAndAdmins() {
        for (String role : new String[] {"reader", "editor", "admin"}) {
            given().auth().oauth2(TestTokens.user(role, role)).when().get(PROBE)
                    .then().statusCode(200).body("principal", equalTo(role));
        }
    }

    @Test
    void aTokenWithoutTheRoleIs403() {
        given().auth().oauth2(TestTokens.user("nobody", "offline_access")).when().get(PROBE)
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("needs the role reader"));
    }

    @Test
    void healthStaysOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}

package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;
import static org.paradiplomacy.agreements.rest.UpgradeChainResourceTest.agreement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two agreements of one kind between the same parties may be one link recorded twice. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class DuplicatesResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** Every group of the listing, page by page. */
    static List<Map<String, Object>> allGroups() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().queryParam("page", page).queryParam("size", 100).when()
                    .get("/api/v1/agreements/possible-duplicates").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            groups.addAll(items);
            if (items.isEmpty() || groups.size() >= body.getLong("total")) {
                return groups;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> agreementIds(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("agreements")).stream().map(a -> (String) a.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> partyIds(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("parties")).stream().map(p -> (String) p.get("actorId")).toList();
    }

    @Test
    void agreementsOfOneKindBetweenTheSamePartiesAreGroupedUnlessWithdrawnOrChained() {
        String henan = ActorTopic.known("Henan", "CN", "CN-HA");
        String entreRios = ActorTopic.known("Entre Ríos", "AR", "AR-E");
        String jilin = ActorTopic.known("Jilin", "CN", "CN-JL");
        String first = agreement("cooperation", henan, entreRios, null, "2012");
        String copy = agreement("cooperation", entreRios, henan, null, "2012-05");
        String inError = agreement("cooperation", henan, entreRios, null, "2013");
        post("/api/v1/agreements/" + inError + "/withdrawal", "{\"reason\": \"recorded twice\"}").statusCode(200);
        agreement("sister-city", henan, entreRios, null, "2014");
        String earlier = agreement("cooperation", jilin, entreRios, null, "2011");
        agreement("cooperation", jilin, entreRios, earlier, "2013");

        List<Map<String, Object>> groups = allGroups();
        List<Map<String, Object>> henans = groups.stream().filter(g -> partyIds(g).contains(henan)).toList();
        assertThat(henans).singleElement().satisfies(group -> {
            assertThat(group.get("kind")).isEqualTo("cooperation");
            assertThat(partyIds(group)).containsExactlyInAnyOrder(henan, entreRios);
            assertThat(agreementIds(group)).containsExactly(first, copy);
            assertThat(group.toString()).contains("name=Henan", "name=Entre Ríos", "signedOn=2012-05");
        });
        assertThat(groups).as("an agreement and its upgrade are no duplicates")
                .noneMatch(g -> partyIds(g).contains(jilin));
        assertThat(groups.stream().map(DuplicatesResourceTest::agreementIds).flatMap(List::stream))
                .doesNotContain(inError);
    }

    @Test
    void theListingIsPagedWithinBounds() {
        given().queryParam("page", 100000).when().get("/api/v1/agreements/possible-duplicates").then()
                .statusCode(200).body("items", empty()).body("page", equalTo(100000)).body("size", equalTo(20));
        for (Map<String, Object> bounds : List.of(Map.<String, Object>of("size", 0), Map.<String, Object>of("size", 101),
                Map.<String, Object>of("page", -1), Map.<String, Object>of("page", 100001))) {
            given().queryParams(bounds).when().get("/api/v1/agreements/possible-duplicates").then()
                    .statusCode(400).contentType(startsWith(PROBLEM));
        }
    }
}

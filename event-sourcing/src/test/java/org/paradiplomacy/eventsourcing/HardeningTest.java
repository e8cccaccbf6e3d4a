package org.paradiplomacy.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Malformed numbers and out-of-range dates are 400 problems naming the parameter; every answer says nosniff. */
@QuarkusTest
class HardeningTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void wellFormedParametersAreRead() {
        given().queryParam("page", "3").queryParam("limit", "20").queryParam("after", "9000000000")
                .queryParam("asOf", "9999-12-31")
                .when().get("/parameter-probe").then().statusCode(200).body(equalTo("3 20 9000000000 9999-12-31"));
        given().when().get("/parameter-probe").then().statusCode(200).body(equalTo("0 null null null"));
        given().queryParam("asOf", "0001-01-01").when().get("/parameter-probe").then().statusCode(200)
                .body(equalTo("0 null null 0001-01-01"));
    }

    @Test
    void aMalformedNumberIsA400NamingTheParameterNotA404() {
        for (String[] bad : new String[][] {{"page", "abc"}, {"page", "2.5"}, {"limit", "99999999999"},
                {"after", "ten"}}) {
            given().queryParam(bad[0], bad[1]).when().get("/parameter-probe").then().statusCode(400)
                    .contentType(startsWith(PROBLEM))
                    .body("errors[0].field", equalTo(bad[0]))
                    .body("errors[0].message", containsString("is not a whole number"));
        }
        given().queryParam("page", "-1").when().get("/parameter-probe").then().statusCode(400)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void aDateOutsideTheYears1To9999IsA400NamingTheParameter() {
        for (String date : new String[] {"+5874898-01-01", "+10000-01-01", "0000-12-31", "-0001-01-01"}) {
            given().queryParam("asOf", date).when().get("/parameter-probe").then().statusCode(400)
                    .contentType(startsWith(PROBLEM))
                    .body("errors[0].field", equalTo("asOf"))
                    .body("errors[0].message", containsString("outside the years 1 to 9999"));
        }
        given().queryParam("asOf", "yesterday").when().get("/parameter-probe").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void everyResponseCarriesNosniff() {
        given().when().get("/parameter-probe").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().queryParam("page", "x").when().get("/parameter-probe").then().statusCode(400)
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/nowhere").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().contentType(ContentType.JSON).body("{").when().post("/probe").then().statusCode(400)
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff");
    }
}

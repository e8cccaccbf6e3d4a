package org.paradiplomacy.actors.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class ReferenceResourceTest {

    @Test
    void countriesCarryTheirNamesAndM49Regions() {
        given().when().get("/api/v1/reference/countries").then().statusCode(200)
                .body("size()", greaterThan(240))
                .body("find { it.code == 'MX' }.name", equalTo("Mexico"))
                .body("find { it.code == 'MX' }.subregion", equalTo("419"))
                .body("find { it.code == 'CN' }.alpha3", equalTo("CHN"));
    }

    @Test
    void subdivisionsAreListedForOneCountryOrAll() {
        given().queryParam("country", "CN").when().get("/api/v1/reference/subdivisions").then().statusCode(200)
                .body("country", everyItem(equalTo("CN")))
                .body("code", hasItem("CN-JS"))
                .body("find { it.code == 'CN-JS' }.name", equalTo("Jiangsu Sheng"));
        given().when().get("/api/v1/reference/subdivisions").then().statusCode(200)
                .body("size()", greaterThan(5000)).body("code", hasItem("CL-BI"));
        given().when().get("/api/v1/reference/m49-regions").then().statusCode(200)
                .body("find { it.code == '419' }.name", equalTo("Latin America and the Caribbean"));
    }

    @Test
    void anUnknownCountryIsAProblemNamingTheParameter() {
        given().queryParam("country", "XX").when().get("/api/v1/reference/subdivisions").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("country"));
    }
}

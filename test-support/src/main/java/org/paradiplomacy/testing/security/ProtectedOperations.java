package org.paradiplomacy.testing.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every protected operation of the service, read from its OpenAPI document (so an endpoint added later cannot
 * escape the access tests): each command under /api/ needs editor, everything under /api/v1/admin/ admin. Reading
 * the document also checks that it documents the requirement and the 401 and 403 answers.
 */
public record ProtectedOperations(List<Operation> all) {

    /** Stands for every path parameter: an id nothing is recorded under. */
    public static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    public record Operation(String method, String template, String role) {

        public String path() {
            return template.replaceAll("\\{[^}]+}", UNKNOWN_ID);
        }

        /** The request as the given client sends it: a command with an (invalid) empty JSON body. */
        public Response send(String bearer) {
            var request = given();
            if (bearer != null) {
                request.auth().oauth2(bearer);
            }
            if (!"GET".equals(method)) {
                request.contentType(ContentType.JSON).body("{}");
            }
            return request.when().request(method, path());
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @SuppressWarnings("unchecked")
    public static ProtectedOperations fromOpenApi() {
        Map<String, Object> paths = given().accept(ContentType.JSON).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> found = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !List.of("get", "post", "put", "delete", "patch")
                    .contains(method)) {
                return;
            }
            String role = path.startsWith("/api/v1/admin/") ? "admin"
                    : path.startsWith("/api/") && !"get".equals(method) ? "editor" : null;
            if (role == null) {
                assertThat(operation.get("security")).as("%s %s is public", method, path).isNull();
                return;
            }
            assertThat(operation.get("security")).as("%s %s documents its bearer requirement", method, path)
                    .isEqualTo(List.of(Map.of("bearer", List.of())));
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as("%s %s documents 401 and 403", method, path).containsKeys("401", "403");
            found.add(new Operation(method.toUpperCase(), path, role));
        }));
        return new ProtectedOperations(List.copyOf(found));
    }

    public List<Operation> needing(String role) {
        return all.stream().filter(operation -> operation.role().equals(role)).toList();
    }
}

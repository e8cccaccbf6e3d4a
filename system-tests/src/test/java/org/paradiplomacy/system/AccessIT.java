package org.paradiplomacy.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may write, against the real Keycloak the services trust (the committed realm): an anonymous write is
 * refused with a problem that says how to get a token, an editor's write is accepted and its event names the
 * editor, and only an admin may start a rebuild of the statistics. Every request here states its own
 * Authorization header (or none), unlike the other system tests, which send the admin's token by default.
 */
class AccessIT {

    private static final String ACTOR = """
            {"kind": "city", "names": {"en": "Chengdu"}, "country": "CN", "subdivision": "CN-SC"}""";

    private static Observatory observatory;
    private static KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheObservatory() {
        observatory = Observatory.start("access_it");
        keycloak = observatory.identityProvider();
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
    }

    @Test
    void anAnonymousWriteIsRefusedWithAProblemThatSaysHowToGetAToken() throws Exception {
        HttpResponse<String> answer = send(post(observatory.actors().url() + "/api/v1/actors", ACTOR), null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        JsonNode problem = JsonApi.JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains("editor");
    }

    @Test
    void anEditorsWriteIsAcceptedAndItsHistoryNamesTheEditor() throws Exception {
        HttpResponse<String> created = send(post(observatory.actors().url() + "/api/v1/actors", ACTOR),
                keycloak.token("editor"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonApi.JSON.readTree(created.body()).path("id").asText();

        HttpResponse<String> history = send(HttpRequest.newBuilder(
                URI.create(observatory.actors().url() + "/api/v1/actors/" + id + "/events")).GET(), null);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonNode registered = JsonApi.JSON.readTree(history.body()).path(0);
        assertThat(registered.path("type").asText()).isEqualTo("ActorRegistered");
        assertThat(registered.path("metadata").path("username").asText()).isEqualTo("editor");
        assertThat(registered.path("metadata").path("principal").asText()).isEqualTo("editor");
        assertThat(registered.path("metadata").path("clientId").asText()).isEqualTo(KeycloakServer.CLI_CLIENT);
        assertThat(registered.path("metadata").path("subject").asText()).isNotBlank();
    }

    @Test
    void onlyAnAdminMayStartARebuildOfTheStatistics() throws Exception {
        String rebuild = observatory.analytics().url() + "/api/v1/admin/rebuild";

        HttpResponse<String> asEditor = send(post(rebuild, null), keycloak.token("editor"));
        assertThat(asEditor.statusCode()).as(asEditor.body()).isEqualTo(403);
        assertThat(asEditor.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonApi.JSON.readTree(asEditor.body()).path("detail").asText()).contains("admin");

        HttpResponse<String> asAdmin = send(post(rebuild, null), keycloak.token("admin"));
        assertThat(asAdmin.statusCode()).as(asAdmin.body()).isEqualTo(202);
    }

    private static HttpRequest.Builder post(String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (json == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Sends the request with the token (none when null), accepting JSON or a problem. */
    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException,
            InterruptedException {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

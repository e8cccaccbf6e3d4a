package org.paradiplomacy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small JSON client of the services' public APIs that several threads share, with timeouts short enough to
 * notice a crashed service: what a write client needs to retry a request with its Idempotency-Key. It sends the
 * admin's bearer token of the JVM's {@link KeycloakServer}, renewed near its expiry.
 */
final class JsonApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** An answer: its status, its JSON body (null if none), and the headers a write's acknowledgement carries. */
    record Answer(int status, JsonNode body, String location, String etag, boolean replayed) {
    }

    /** POSTs the JSON with the key; an I/O failure (refused, reset, timed out) is the caller's to retry. */
    Answer post(String url, String idempotencyKey, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", KeycloakServer.shared().adminAuthorization()).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), parse(response.body()),
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false));
    }

    /** GETs JSON; null for a 404, and an exception for any other answer but 200. */
    JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Authorization", KeycloakServer.shared().adminAuthorization()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}

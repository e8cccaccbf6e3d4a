package org.paradiplomacy.importer.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Bearer tokens of the identity provider for a confidential client (the OAuth 2.0 client-credentials grant at the
 * issuer's {@code token_endpoint}, read once from its OpenID Connect discovery document
 * {@code <issuer>/.well-known/openid-configuration}, so any provider works): the importer and the demo loader write
 * as the service account
 * of {@code observatory-loader}. A token is kept until shortly before it expires (the last fifth of its lifetime,
 * at most 30 seconds), then renewed; {@link #renew} renews it at once, for a service that refused it.
 */
public final class ClientCredentials {

    public static final String ISSUER = "OBSERVATORY_OIDC_ISSUER";
    public static final String CLIENT_ID = "OBSERVATORY_CLIENT_ID";
    public static final String CLIENT_SECRET = "OBSERVATORY_CLIENT_SECRET";
    public static final String DEFAULT_ISSUER = "http://127.0.0.1:8180/realms/observatory";
    public static final String DEFAULT_CLIENT_ID = "observatory-loader";
    /** The local stack's development secret; any other deployment sets its own. */
    public static final String DEFAULT_CLIENT_SECRET = "observatory-loader-dev-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MOST_AHEAD = Duration.ofSeconds(30);

    private final String issuer;
    private URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;
    private int obtained;

    public ClientCredentials(String issuer, String clientId, String clientSecret, Clock clock) {
        this.issuer = issuer.replaceAll("/+$", "");
        this.clientId = Objects.requireNonNull(clientId);
        this.clientSecret = Objects.requireNonNull(clientSecret);
        this.clock = clock;
    }

    /**
     * From the environment ({@value #ISSUER}, {@value #CLIENT_ID}, {@value #CLIENT_SECRET}), each defaulting to the
     * local stack's; an issuer given as an option wins over the environment's.
     */
    public static ClientCredentials fromEnvironment(Map<String, String> environment, String issuerOption) {
        String issuer = issuerOption != null ? issuerOption : environment.getOrDefault(ISSUER, DEFAULT_ISSUER);
        return new ClientCredentials(issuer, environment.getOrDefault(CLIENT_ID, DEFAULT_CLIENT_ID),
                environment.getOrDefault(CLIENT_SECRET, DEFAULT_CLIENT_SECRET), Clock.systemUTC());
    }

    public String issuer() {
        return issuer;
    }

    /** The issuer's token endpoint, as its discovery document names it. */
    public synchronized URI tokenEndpoint() {
        if (tokenEndpoint == null) {
            tokenEndpoint = discover();
        }
        return tokenEndpoint;
    }

    private URI discover() {
        URI document = URI.create(issuer + "/.well-known/openid-configuration");
        HttpResponse<String> response = send(HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(30)).GET()
                .build(), document);
        JsonNode endpoint = read(response).path("token_endpoint");
        if (response.statusCode() != 200 || !endpoint.isTextual()) {
            throw new ObservatoryClient.Unavailable("the identity provider at " + issuer + " has no OpenID Connect"
                    + " discovery document naming a token_endpoint (HTTP " + response.statusCode() + " from " + document
                    + "); is " + ISSUER + " the issuer?", null);
        }
        return URI.create(endpoint.asText());
    }

    /** A token that is not about to expire, obtained now if the last one is. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            obtain();
        }
        return token;
    }

    /**
     * A new token because a service refused {@code refused}; if another request renewed it meanwhile, that newer
     * token, without asking again.
     */
    public synchronized String renew(String refused) {
        if (token == null || token.equals(refused)) {
            obtain();
        }
        return token;
    }

    /** How many tokens were obtained so far. */
    public synchronized int obtained() {
        return obtained;
    }

    private void obtain() {
        String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        URI endpoint = tokenEndpoint();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> response = send(request, endpoint);
        JsonNode answer = read(response);
        if (response.statusCode() != 200 || !answer.path("access_token").isTextual()) {
            throw new ObservatoryClient.Unavailable("the identity provider refused a token for client " + clientId
                    + " (HTTP " + response.statusCode() + ": " + answer.path("error_description")
                    .asText(answer.path("error").asText(response.body())) + "); check " + CLIENT_ID + " and "
                    + CLIENT_SECRET, null);
        }
        Instant now = clock.instant();
        Duration lifetime = Duration.ofSeconds(Math.max(1, answer.path("expires_in").asLong(60)));
        Duration ahead = lifetime.dividedBy(5).compareTo(MOST_AHEAD) < 0 ? lifetime.dividedBy(5) : MOST_AHEAD;
        token = answer.path("access_token").asText();
        renewAt = now.plus(lifetime).minus(ahead);
        obtained++;
    }

    private HttpResponse<String> send(HttpRequest request, URI to) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ObservatoryClient.Unavailable("cannot reach the identity provider at " + to
                    + " (" + e.getMessage() + "); is it running, and is " + ISSUER + " right?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObservatoryClient.Unavailable("interrupted", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.paradiplomacy.importer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.matching.NameKey;

/**
 * Both write services as the loader sees them, in memory: reference tables, actors, the directory, and writes that
 * keep the first answer to an Idempotency-Key (a different body under a used key is a 422 naming the header).
 * {@code legacy} makes it remember the first body of every {@code demo-} key without its sources, as the loader did
 * before records had sources. Like actors-service, it refuses a registration whose name matches an actor of the
 * same kind and country (and subdivision, when both have one) with 409 and the {@code candidates}, unless the body's
 * {@code distinctFrom} names them all; {@link #seed} adds an actor the listing does not show yet (another client
 * registered it after the listing was read). It lists the agreements posted, and answers the placement backfill
 * ({@code ?unplaced=true}, {@code /placement}) from {@link #placements}. Like the services behind the identity
 * provider, it answers only requests with a bearer token its own token endpoint issued to the loader (the
 * client-credentials grant at {@link #issuer()}), and 401 to any other.
 */
public final class FakeObservatory implements AutoCloseable {

    /** A write the loader sent. */
    public record Post(String path, String key, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final JsonNode tables;
    private final ArrayNode actors = JSON.createArrayNode();
    private final ArrayNode unlisted = JSON.createArrayNode();
    private final ArrayNode agreements = JSON.createArrayNode();
    /**
     * Actor id to the subdivision its placement derives, or to a status and problem ("422 a point in the sea",
     * "409 withdrawn"); an actor not in it cannot be placed (422).
     */
    public final Map<String, String> placements = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    public final List<Post> posts = new ArrayList<>();
    public boolean legacy;
    /** The client-credentials client the token endpoint accepts, as in the local stack's realm. */
    public static final String CLIENT_ID = "observatory-loader";
    public static final String CLIENT_SECRET = "observatory-loader-dev-secret";
    private static final String TOKEN_PATH = "/oauth2/token";
    /** The lifetime of the tokens it issues, in seconds. */
    public int tokenLifetime = 300;
    /** When set, every API request is refused with 401, whatever its token. */
    public boolean refuseEveryToken;
    private final Set<String> validTokens = new HashSet<>();
    private int tokensIssued;
    private int unauthorised;

    public FakeObservatory() throws IOException {
        tables = JSON.readTree(Path.of("../actors-service/src/main/resources/reference/regions.json").toFile());
        // Answers are small: without this each waits for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The issuer its token endpoint belongs to. */
    public String issuer() {
        return url() + "/realms/observatory";
    }

    /** The loader's credentials at this fake's token endpoint. */
    public ClientCredentials credentials(Clock clock) {
        return new ClientCredentials(issuer(), CLIENT_ID, CLIENT_SECRET, clock);
    }

    public ClientCredentials credentials() {
        return credentials(Clock.systemUTC());
    }

    /** Every token issued so far stops being accepted, as when the identity provider's keys rotate. */
    public synchronized void revokeTokens() {
        validTokens.clear();
    }

    public synchronized int tokensIssued() {
        return tokensIssued;
    }

    /** How many API requests it refused for want of a valid bearer token. */
    public synchronized int unauthorised() {
        return unauthorised;
    }

    public List<Post> posts(String pathPattern) {
        return posts.stream().filter(p -> p.path().matches(pathPattern)).toList();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        // Its token endpoint is not at Keycloak's path: clients must find it through discovery.
        if (path.equals("/realms/observatory/.well-known/openid-configuration")) {
            answer(exchange, 200, JSON.createObjectNode().put("issuer", issuer())
                    .put("token_endpoint", url() + TOKEN_PATH), false);
            return;
        }
        if (path.equals(TOKEN_PATH)) {
            issueToken(exchange);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (refuseEveryToken || authorization == null || !authorization.startsWith("Bearer ")
                || !validTokens.contains(authorization.substring("Bearer ".length()))) {
            unauthorised++;
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            answer(exchange, 401, JSON.createObjectNode().put("status", 401)
                    .put("detail", "this request needs a bearer token with the role editor"), false);
            return;
        }
        if (exchange.getRequestMethod().equals("GET")) {
            if (path.equals("/api/v1/reference/countries")) {
                answer(exchange, 200, tables.path("countries"), false);
            } else if (path.equals("/api/v1/reference/subdivisions")) {
                answer(exchange, 200, tables.path("subdivisions"), false);
            } else if (path.equals("/api/v1/agreements")) {
                String kind = exchange.getRequestURI().getQuery().replaceAll(".*kind=([^&]*).*", "$1");
                ArrayNode ofKind = JSON.createArrayNode();
                agreements.forEach(a -> {
                    if (a.path("kind").asText().equals(kind)) {
                        ofKind.add(a);
                    }
                });
                answer(exchange, 200, page(exchange, ofKind), false);
            } else if (path.equals("/api/v1/actors")) {
                ArrayNode listed = actors;
                if (exchange.getRequestURI().getQuery().contains("unplaced=true")) {
                    listed = JSON.createArrayNode();
                    for (JsonNode actor : actors) {
                        if (actor.has("coordinates") && actor.has("country") && !actor.has("subdivision")) {
                            listed.add(actor);
                        }
                    }
                }
                answer(exchange, 200, page(exchange, listed), false);
            } else {
                answer(exchange, path.startsWith("/api/v1/directory/actors/") ? 200 : 404, JSON.createObjectNode(), false);
            }
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        posts.add(new Post(path, key, body));
        if (path.matches("/api/v1/actors/[^/]+/placement")) {
            place(exchange, path.split("/")[4]);
            return;
        }
        String remembered = legacy && key.startsWith("demo-") ? ((ObjectNode) body.deepCopy()).without("sources").toString()
                : body.toString();
        if (bodies.containsKey(key)) {
            if (bodies.get(key).equals(body.toString())) {
                answer(exchange, 201, JSON.readTree(answers.get(key)), true);
            } else {
                ObjectNode problem = JSON.createObjectNode().put("detail", "Idempotency-Key: was already used");
                problem.putArray("errors").addObject().put("field", "Idempotency-Key").put("message", "was already used");
                answer(exchange, 422, problem, false);
            }
            return;
        }
        ObjectNode created = JSON.createObjectNode().put("id", UUID.randomUUID().toString());
        if (path.equals("/api/v1/actors")) {
            ObjectNode actor = actor(created.path("id").asText(), body);
            ArrayNode candidates = candidates(actor, body.path("distinctFrom"));
            if (!candidates.isEmpty()) {
                ObjectNode problem = JSON.createObjectNode().put("title", "Likely duplicate")
                        .put("detail", "an actor of that kind and name is already recorded there");
                problem.set("candidates", candidates);
                answer(exchange, 409, problem, false);
                return;
            }
            actors.add(actor);
        } else if (path.equals("/api/v1/agreements")) {
            ObjectNode agreement = created.deepCopy().put("kind", body.path("kind").asText());
            agreement.set("parties", body.path("parties"));
            agreements.add(agreement);
        }
        bodies.put(key, remembered);
        answers.put(key, created.toString());
        answer(exchange, 201, created, false);
    }

    /** Adds an actor (a body as registered) that the listing does not show; its id. */
    public synchronized String seed(ObjectNode body) {
        String id = UUID.randomUUID().toString();
        unlisted.add(actor(id, body));
        return id;
    }

    /** Adds an actor to the listing directly, without a write; its id. */
    public synchronized String add(ObjectNode body) {
        String id = UUID.randomUUID().toString();
        actors.add(actor(id, body));
        return id;
    }

    /** The listed actors: those registered through the fake and those {@link #add}ed. */
    public synchronized List<JsonNode> actors() {
        List<JsonNode> all = new ArrayList<>();
        actors.forEach(all::add);
        return all;
    }

    private static ObjectNode actor(String id, JsonNode body) {
        ObjectNode actor = JSON.createObjectNode().put("id", id).put("kind", body.path("kind").asText());
        actor.set("names", body.path("names"));
        for (String field : List.of("aliases", "country", "subdivision", "coordinates")) {
            if (body.has(field)) {
                actor.set(field, body.path(field));
            }
        }
        return actor;
    }

    private ArrayNode candidates(JsonNode actor, JsonNode distinctFrom) {
        Set<String> keys = new java.util.HashSet<>(nameKeys(actor));
        Set<String> distinct = new java.util.HashSet<>();
        distinctFrom.forEach(id -> distinct.add(id.asText()));
        ArrayNode candidates = JSON.createArrayNode();
        List<JsonNode> all = new ArrayList<>();
        actors.forEach(all::add);
        unlisted.forEach(all::add);
        for (JsonNode other : all) {
            boolean samePlace = other.path("kind").asText().equals(actor.path("kind").asText())
                    && Objects.equals(other.path("country").asText(null), actor.path("country").asText(null))
                    && (!other.has("subdivision") || !actor.has("subdivision")
                            || other.path("subdivision").asText().equals(actor.path("subdivision").asText()));
            String matched = nameKeys(other).stream().filter(keys::contains).findFirst().orElse(null);
            if (samePlace && matched != null && !distinct.contains(other.path("id").asText())) {
                ObjectNode candidate = candidates.addObject().put("actorId", other.path("id").asText())
                        .put("name", other.path("names").path("en").asText()).put("kind", other.path("kind").asText())
                        .put("country", other.path("country").asText(null)).put("matched", matched);
                candidate.put("subdivision", other.path("subdivision").asText(null));
            }
        }
        return candidates;
    }

    private static List<String> nameKeys(JsonNode actor) {
        List<String> keys = new ArrayList<>();
        actor.path("names").forEach(name -> keys.add(NameKey.of(name.asText())));
        actor.path("aliases").forEach(alias -> keys.add(NameKey.of(alias.asText())));
        return keys;
    }

    /** One page of the items, as {@code page} and {@code size} of the query ask (size 200 by default). */
    private static ObjectNode page(HttpExchange exchange, ArrayNode items) {
        String query = exchange.getRequestURI().getQuery();
        int page = Integer.parseInt(query.replaceAll(".*\\bpage=(\\d+).*", "$1"));
        int size = query.matches(".*\\bsize=\\d+.*") ? Integer.parseInt(query.replaceAll(".*\\bsize=(\\d+).*", "$1")) : 200;
        ArrayNode slice = JSON.createArrayNode();
        for (int i = page * size; i < Math.min(items.size(), (page + 1) * size); i++) {
            slice.add(items.get(i));
        }
        return JSON.createObjectNode().set("items", slice);
    }

    private void place(HttpExchange exchange, String id) throws IOException {
        ObjectNode actor = null;
        for (JsonNode a : actors) {
            if (a.path("id").asText().equals(id)) {
                actor = (ObjectNode) a;
            }
        }
        String placement = placements.getOrDefault(id, "422 no subdivision's boundary holds its coordinates");
        if (actor == null) {
            answer(exchange, 404, JSON.createObjectNode().put("detail", "no actor " + id), false);
        } else if (placement.matches("\\d{3} .*")) {
            ObjectNode problem = JSON.createObjectNode().put("detail", placement.substring(4));
            answer(exchange, Integer.parseInt(placement.substring(0, 3)), problem, false);
        } else {
            actor.put("subdivision", placement).put("placedBy", "coordinates");
            answer(exchange, 200, actor, false);
        }
    }

    /** The client-credentials grant, for {@link #CLIENT_ID} with its secret in a Basic header only. */
    private void issueToken(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!exchange.getRequestMethod().equals("POST") || !form.equals("grant_type=client_credentials")
                || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, JSON.createObjectNode().put("error", "invalid_client")
                    .put("error_description", "Invalid client or Invalid client credentials"), false);
            return;
        }
        String token = "token-" + (++tokensIssued) + "-" + UUID.randomUUID();
        validTokens.add(token);
        answer(exchange, 200, JSON.createObjectNode().put("access_token", token).put("expires_in", tokenLifetime)
                .put("token_type", "Bearer"), false);
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body, boolean replayed) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (replayed) {
            exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

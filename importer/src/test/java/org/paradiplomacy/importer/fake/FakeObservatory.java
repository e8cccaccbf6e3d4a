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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Both write services as the loader sees them, in memory: reference tables, actors, the directory, and writes that
 * keep the first answer to an Idempotency-Key (a different body under a used key is a 422 naming the header).
 * {@code legacy} makes it remember the first body of every {@code demo-} key without its sources, as the loader did
 * before records had sources.
 */
public final class FakeObservatory implements AutoCloseable {

    /** A write the loader sent. */
    public record Post(String path, String key, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final JsonNode tables;
    private final ArrayNode actors = JSON.createArrayNode();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    public final List<Post> posts = new ArrayList<>();
    public boolean legacy;

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

    public List<Post> posts(String pathPattern) {
        return posts.stream().filter(p -> p.path().matches(pathPattern)).toList();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("GET")) {
            if (path.equals("/api/v1/reference/countries")) {
                answer(exchange, 200, tables.path("countries"), false);
            } else if (path.equals("/api/v1/reference/subdivisions")) {
                answer(exchange, 200, tables.path("subdivisions"), false);
            } else if (path.equals("/api/v1/agreements")) {
                answer(exchange, 200, JSON.createObjectNode().set("items", JSON.createArrayNode()), false);
            } else if (path.equals("/api/v1/actors")) {
                boolean first = exchange.getRequestURI().getQuery().endsWith("page=0");
                answer(exchange, 200, JSON.createObjectNode().set("items", first ? actors : JSON.createArrayNode()), false);
            } else {
                answer(exchange, path.startsWith("/api/v1/directory/actors/") ? 200 : 404, JSON.createObjectNode(), false);
            }
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        posts.add(new Post(path, key, body));
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
            ObjectNode actor = created.deepCopy().put("kind", body.path("kind").asText());
            actor.set("names", body.path("names"));
            if (body.has("aliases")) {
                actor.set("aliases", body.path("aliases"));
            }
            if (body.has("country")) {
                actor.put("country", body.path("country").asText());
            }
            if (body.has("subdivision")) {
                actor.put("subdivision", body.path("subdivision").asText());
            }
            actors.add(actor);
        }
        bodies.put(key, remembered);
        answers.put(key, created.toString());
        answer(exchange, 201, created, false);
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

package org.paradiplomacy.importer.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.paradiplomacy.importer.matching.Countries.Named;
import org.paradiplomacy.importer.matching.KnownActor;
import org.paradiplomacy.importer.matching.Point;

/**
 * The public APIs the import goes through, nothing else: the reference tables and actors of actors-service, the
 * agreements and directory of agreements-service. Writes carry an Idempotency-Key, so a retry after a timeout or
 * a restarted service replays the first answer instead of acting twice; transient failures are retried. With
 * {@link ClientCredentials}, every request carries a bearer token of the identity provider.
 */
public final class ObservatoryClient {

    /**
     * An answer to a write: the resource's id, or the problem the service reported. {@code replayed} says the
     * service had already acted on the key and answered as the first time; {@code keyReused} that it refused the
     * key because it was first used for a different request; {@code candidates} the existing actors it named when
     * it refused a registration as a likely duplicate (409), empty otherwise.
     */
    public record Outcome(String id, String problem, boolean replayed, boolean keyReused,
            List<ExistingActor> candidates) {

        public Outcome {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public boolean created() {
            return id != null;
        }

        /** The service refused the registration because the place is already recorded. */
        public boolean likelyDuplicate() {
            return !candidates.isEmpty();
        }
    }

    /** The two services the writes go to. */
    public enum Api {
        ACTORS, AGREEMENTS
    }

    /** The service cannot be reached or keeps failing: the import stops, and running it again resumes it. */
    public static final class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int ATTEMPTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String actorsUrl;
    private final String agreementsUrl;
    private final ClientCredentials credentials;

    /** Without sign-in: for services that let anonymous callers write (none does by default). */
    public ObservatoryClient(String actorsUrl, String agreementsUrl) {
        this(actorsUrl, agreementsUrl, null);
    }

    /** Every request carries a bearer token of {@code credentials}. */
    public ObservatoryClient(String actorsUrl, String agreementsUrl, ClientCredentials credentials) {
        this.actorsUrl = actorsUrl.replaceAll("/+$", "");
        this.agreementsUrl = agreementsUrl.replaceAll("/+$", "");
        this.credentials = credentials;
    }

    public List<Named> countries() {
        List<Named> countries = new ArrayList<>();
        get(actorsUrl + "/api/v1/reference/countries").forEach(c -> countries.add(
                new Named(c.path("code").asText(), c.path("name").asText(), c.path("code").asText())));
        return countries;
    }

    public List<Named> subdivisions() {
        List<Named> subdivisions = new ArrayList<>();
        get(actorsUrl + "/api/v1/reference/subdivisions").forEach(s -> subdivisions.add(
                new Named(s.path("code").asText(), s.path("name").asText(), s.path("country").asText())));
        return subdivisions;
    }

    /** Every current actor, page by page. */
    public List<KnownActor> actors() {
        List<KnownActor> actors = new ArrayList<>();
        pages(actorsUrl + "/api/v1/actors?size=200&page=", actor -> {
            List<String> names = new ArrayList<>();
            actor.path("names").forEach(name -> names.add(name.asText()));
            actor.path("aliases").forEach(alias -> names.add(alias.asText()));
            JsonNode coordinates = actor.path("coordinates");
            Point location = coordinates.has("latitude") && coordinates.has("longitude")
                    ? new Point(coordinates.path("latitude").asDouble(), coordinates.path("longitude").asDouble()) : null;
            actors.add(new KnownActor(actor.path("id").asText(), text(actor, "country"), text(actor, "subdivision"),
                    location, names));
        });
        return actors;
    }

    /** Every current actor with its kind, page by page. */
    public List<RecordedActor> recordedActors() {
        List<RecordedActor> actors = new ArrayList<>();
        pages(actorsUrl + "/api/v1/actors?size=200&page=", actor -> {
            List<String> names = new ArrayList<>();
            actor.path("names").forEach(name -> names.add(name.asText()));
            actor.path("aliases").forEach(alias -> names.add(alias.asText()));
            actors.add(new RecordedActor(actor.path("id").asText(), text(actor, "kind"), text(actor, "country"),
                    text(actor, "subdivision"), names));
        });
        return actors;
    }

    /** Every agreement of a kind, as its parties' ids. */
    public List<List<String>> agreementParties(String kind) {
        List<List<String>> parties = new ArrayList<>();
        pages(agreementsUrl + "/api/v1/agreements?kind=" + kind + "&size=200&page=", agreement -> {
            List<String> ids = new ArrayList<>();
            agreement.path("parties").forEach(party -> ids.add(party.isObject() ? party.path("actorId").asText() : party.asText()));
            parties.add(ids);
        });
        return parties;
    }

    /** An actor with coordinates and a country but no subdivision: one the placement backfill may place. */
    public record UnplacedActor(String id, String name, String country) {
    }

    /**
     * An answer to a placement: the subdivision the actor now has, or the problem; {@code unplaceable} when the
     * service said it cannot place the actor (422: no coordinates, a point in no region or in another country's).
     */
    public record Placed(String subdivision, String problem, boolean unplaceable) {

        public boolean placed() {
            return subdivision != null;
        }
    }

    /** Every actor actors-service lists as unplaced, page by page. */
    public List<UnplacedActor> unplacedActors() {
        List<UnplacedActor> actors = new ArrayList<>();
        pages(actorsUrl + "/api/v1/actors?unplaced=true&size=200&page=", actor -> actors.add(new UnplacedActor(
                actor.path("id").asText(), actor.path("names").path("en").asText(actor.path("id").asText()),
                text(actor, "country"))));
        return actors;
    }

    /**
     * Asks actors-service to derive the actor's subdivision from its coordinates. No Idempotency-Key: placing is
     * idempotent by itself (a placed actor is answered as it is), and a refusal must not be replayed once the
     * boundaries or the actor's coordinates change.
     */
    public Placed place(String actorId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(actorsUrl + "/api/v1/actors/" + actorId + "/placement")).POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode answer = parse(response);
        if (response.statusCode() == 200 || response.statusCode() == 201) {
            String subdivision = text(answer, "subdivision");
            return subdivision != null ? new Placed(subdivision, null, false)
                    : new Placed(null, answer.path("placement").asText("answered without a subdivision"), true);
        }
        return new Placed(null, problem(answer, response.statusCode()), response.statusCode() == 422);
    }

    public Outcome registerActor(ObjectNode body, String idempotencyKey) {
        return create(actorsUrl + "/api/v1/actors", body, idempotencyKey);
    }

    public Outcome recordAgreement(ObjectNode body, String idempotencyKey) {
        return create(agreementsUrl + "/api/v1/agreements", body, idempotencyKey);
    }

    /** POSTs a write to a path of one of the services, such as {@code /api/v1/missions/ID/completion}. */
    public Outcome post(Api api, String path, ObjectNode body, String idempotencyKey) {
        return create((api == Api.ACTORS ? actorsUrl : agreementsUrl) + path, body, idempotencyKey);
    }

    /** Whether agreements-service has heard of the actor yet (its directory follows the actors topic). */
    public boolean directoryKnows(String actorId) {
        return send(HttpRequest.newBuilder(URI.create(agreementsUrl + "/api/v1/directory/actors/" + actorId)).GET())
                .statusCode() == 200;
    }

    private void pages(String url, Consumer<JsonNode> each) {
        for (int page = 0; ; page++) {
            JsonNode items = get(url + page).path("items");
            items.forEach(each);
            if (items.size() < 200) {
                return;
            }
        }
    }

    private Outcome create(String url, ObjectNode body, String idempotencyKey) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        JsonNode answer = parse(response);
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase)
                .orElse(false);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return new Outcome(answer.path("id").asText(), null, replayed, false, List.of());
        }
        boolean keyReused = false;
        for (JsonNode error : answer.path("errors")) {
            keyReused |= "Idempotency-Key".equalsIgnoreCase(error.path("field").asText());
        }
        List<ExistingActor> candidates = new ArrayList<>();
        if (response.statusCode() == 409) {
            answer.path("candidates").forEach(c -> candidates.add(new ExistingActor(c.path("actorId").asText(),
                    text(c, "name"), text(c, "kind"), text(c, "country"), text(c, "subdivision"), text(c, "matched"))));
        }
        return new Outcome(null, problem(answer, response.statusCode()), false, keyReused, candidates);
    }

    /** A problem+json answer as one line: its detail and each field error. */
    private static String problem(JsonNode problem, int status) {
        StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("HTTP " + status)));
        problem.path("errors").forEach(error -> text.append("; ").append(error.path("field").asText())
                .append(": ").append(error.path("message").asText()));
        return text.toString();
    }

    private JsonNode get(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() != 200) {
            throw new Unavailable("GET " + url + " answered " + response.statusCode() + ": " + response.body(), null);
        }
        return parse(response);
    }

    /**
     * Sends, retrying connection failures and 5xx answers with growing pauses; 4xx answers are final, except that a
     * 401 renews the bearer token once and sends again.
     */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        String token = credentials == null ? null : credentials.token();
        boolean renewed = false;
        HttpRequest built = authorised(request, token);
        Exception last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 && credentials != null && !renewed) {
                    renewed = true;
                    token = credentials.renew(token);
                    built = authorised(request, token);
                    attempt--;
                    continue;
                }
                if (response.statusCode() < 500) {
                    return response;
                }
                last = new IOException("HTTP " + response.statusCode() + ": " + response.body());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted", e);
            }
            pause(attempt);
        }
        throw new Unavailable(built.method() + " " + built.uri() + " failed " + ATTEMPTS + " times: "
                + (last.getMessage() != null ? last.getMessage() : last.getClass().getSimpleName()), last);
    }

    private static HttpRequest authorised(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Backs off before the next attempt of a failed request (100 ms, doubling, at most 5 s). */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(5_000, 100L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode().put("detail", "HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    public static ObjectMapper json() {
        return JSON;
    }
}

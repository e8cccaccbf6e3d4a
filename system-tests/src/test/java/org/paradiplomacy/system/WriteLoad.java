package org.paradiplomacy.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A steady write load through the public APIs, sent the way a client that must not lose a write sends it. Actor
 * clients register cities and provinces (one city in ten with a country but no subdivision) and join some to a
 * network (actors-service); agreement clients record agreements between them and take their own agreements through
 * signing, renewals, suspensions, reinstatements and terminations (agreements-service). Every request carries an
 * {@code Idempotency-Key} and is sent again with the same key until a definite answer: a 2xx (acknowledged), or a
 * 4xx other than the transient 409 (in progress, lost race) and 422 (an actor the directory does not know yet). A
 * bounded rate paces the clients.
 *
 * <p>Each write's record (its key, the phase of the test it was first sent in, the record or step it asked for,
 * and what became of it) is what the audits compare with the services' data and the topics.
 */
final class WriteLoad implements AutoCloseable {

    /** What a write asks for: the service, and the event it appends last (with the date it carries). */
    enum Operation {
        REGISTER_ACTOR(true, "ActorRegistered", null),
        JOIN_NETWORK(true, "NetworkMembershipStarted", "since"),
        PROPOSE_AGREEMENT(false, "AgreementProposed", "proposedOn"),
        RECORD_SIGNED_AGREEMENT(false, "AgreementSigned", "signedOn"),
        SIGN(false, "AgreementSigned", "signedOn"),
        RENEW(false, "AgreementRenewed", "renewedOn"),
        SUSPEND(false, "AgreementSuspended", "suspendedOn"),
        REINSTATE(false, "AgreementReinstated", "reinstatedOn"),
        TERMINATE(false, "AgreementTerminated", "terminatedOn");

        final boolean actorsService;
        final String event;
        final String dateField;

        Operation(boolean actorsService, String event, String dateField) {
            this.actorsService = actorsService;
            this.event = event;
            this.dateField = dateField;
        }

        /** Whether it creates a record (a new stream) rather than changing one. */
        boolean creates() {
            return this == REGISTER_ACTOR || this == PROPOSE_AGREEMENT || this == RECORD_SIGNED_AGREEMENT;
        }
    }

    enum Outcome { PENDING, ACKNOWLEDGED, REFUSED, ABANDONED }

    /** One write and what became of it; written by its client's thread, read once the load has stopped. */
    static final class Write {
        final String key;
        final Operation operation;
        final String phase;
        final LocalDate date;
        /** The new record's English name or title (which embeds the key), for a creation. */
        final String label;
        /** The actor or agreement: given for a change, learnt from the acknowledgement for a creation. */
        String streamId;
        Outcome outcome = Outcome.PENDING;
        int attempts;
        int status;
        long version;
        boolean replayed;
        String location;
        String problem;
        /** When it was first sent and when its definite answer came (System.nanoTime). */
        long sentAt;
        long answeredAt;

        Write(String key, Operation operation, String phase, String streamId, LocalDate date, String label) {
            this.key = key;
            this.operation = operation;
            this.phase = phase;
            this.streamId = streamId;
            this.date = date;
            this.label = label;
        }

        boolean acknowledged() {
            return outcome == Outcome.ACKNOWLEDGED;
        }
    }

    /** How long a client keeps retrying one write before it counts it as abandoned. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    private static final Duration RETRY_EVERY = Duration.ofMillis(200);
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final List<String> CHINA = List.of("CN-HB", "CN-GD", "CN-YN", "CN-JL", "CN-ZJ", "CN-SC");
    private static final List<String> LATIN_AMERICA = List.of("CL-BI", "AR-E", "PE-ARE", "BR-SP", "MX-JAL", "CO-ANT");
    private static final List<String> ELSEWHERE = List.of("ES-MD", "DE-BY");
    /** The share of cities registered with a country but no subdivision, in percent. */
    private static final int UNPLACED_PERCENT = 10;
    private static final List<String> KINDS = List.of("sister-city", "friendly-exchange", "cooperation",
            "memorandum-of-understanding", "letter-of-intent");
    private static final List<String> FIELDS = List.of("culture", "trade", "investment", "education", "tourism",
            "science-and-technology", "agriculture", "health", "environment", "urban-development");

    private final JsonApi api = new JsonApi();
    private final String actorsUrl;
    private final String agreementsUrl;
    private final int actorClients;
    private final int agreementClients;
    private final long seed;
    private final double writesPerSecond;
    private final LocalDate today = LocalDate.now();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong keys = new AtomicLong();
    private final ConcurrentLinkedQueue<Write> ledger = new ConcurrentLinkedQueue<>();
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final AtomicLong acknowledgedByActors = new AtomicLong();
    private final AtomicLong acknowledgedByAgreements = new AtomicLong();
    private final Map<String, AtomicLong> retriedAnswers = new ConcurrentHashMap<>();
    /** Each client's permits to send its next write: the pacer hands them out in turn, so no client starves. */
    private final List<Semaphore> permits = new ArrayList<>();
    /** What each client is doing, for the message when the system does not recover. */
    private final Map<String, String> doing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final List<Thread> clients = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> clientFailures = new ConcurrentLinkedQueue<>();
    private volatile String phase = "setup";
    private volatile boolean stopping;
    private String networkId;

    WriteLoad(String actorsUrl, String agreementsUrl, int actorClients, int agreementClients, double writesPerSecond,
            long seed) {
        this.actorsUrl = actorsUrl;
        this.agreementsUrl = agreementsUrl;
        this.actorClients = actorClients;
        this.agreementClients = agreementClients;
        this.writesPerSecond = writesPerSecond;
        this.seed = seed;
        for (String group : List.of("china", "latin-america", "elsewhere")) {
            pools.put(group, new Pool());
        }
    }

    /** Registers the network that actors join, then starts the clients and the pacing. */
    void start() {
        ObjectNode network = object().put("kind", "network");
        network.putObject("names").put("en", "Fault injection network " + run);
        Write registered = send(Operation.REGISTER_ACTOR, null, null, "Fault injection network " + run,
                "/api/v1/actors", network);
        if (!registered.acknowledged()) {
            throw new IllegalStateException("Could not register the network: " + registered.problem);
        }
        networkId = registered.streamId;
        int clientCount = actorClients + agreementClients;
        for (int i = 0; i < clientCount; i++) {
            permits.add(new Semaphore(0));
        }
        long period = Math.max(1, Math.round(1_000_000 / writesPerSecond));
        AtomicLong ticks = new AtomicLong();
        pacer.scheduleAtFixedRate(() -> {
            Semaphore next = permits.get((int) (ticks.getAndIncrement() % clientCount));
            if (next.availablePermits() < 2) {
                next.release();
            }
        }, 0, period, TimeUnit.MICROSECONDS);
        for (int i = 0; i < clientCount; i++) {
            Random random = new Random(seed + i);
            Runnable client = i < actorClients ? new ActorClient(random)::run : new AgreementClient(random)::run;
            Semaphore own = permits.get(i);
            clients.add(Thread.ofPlatform().name("writer-" + i).daemon().start(() -> loop(own, client)));
        }
    }

    /** Labels the writes sent from now on (the fault being injected). */
    void phase(String phase) {
        this.phase = phase;
    }

    long acknowledged() {
        return acknowledgedByActors.get() + acknowledgedByAgreements.get();
    }

    long acknowledgedByActors() {
        return acknowledgedByActors.get();
    }

    long acknowledgedByAgreements() {
        return acknowledgedByAgreements.get();
    }

    /** Answers that made a client send a write again, by kind (connection failure, 5xx, 409, 422). */
    Map<String, Long> retriedAnswers() {
        Map<String, Long> counts = new TreeMap<>();
        retriedAnswers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** What each client is doing now. */
    Map<String, String> clientStates() {
        return new TreeMap<>(doing);
    }

    List<String> clientFailures() {
        return List.copyOf(clientFailures);
    }

    /** Stops sending new writes and waits until every client has a definite answer (or gave up) for its last. */
    @Override
    public void close() {
        stopping = true;
        pacer.shutdownNow();
        for (Thread client : clients) {
            try {
                if (!client.join(GIVE_UP_AFTER.plusSeconds(30))) {
                    clientFailures.add(client.getName() + " did not finish its last write");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every write sent, once the load is closed. */
    List<Write> writes() {
        return List.copyOf(ledger);
    }

    /** A client's life: one write per permit until stopped; a failure of the client itself is noted, not fatal. */
    private void loop(Semaphore permit, Runnable client) {
        while (!stopping) {
            try {
                doing.put(Thread.currentThread().getName(), "waiting for a permit");
                if (permit.tryAcquire(100, TimeUnit.MILLISECONDS) && !stopping) {
                    client.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                clientFailures.add(Thread.currentThread().getName() + ": " + e);
            }
        }
    }

    /** Registers cities and provinces across China, Latin America and elsewhere, and joins some to the network. */
    private final class ActorClient {
        private final Random random;
        private final List<String> joinable = new ArrayList<>();

        ActorClient(Random random) {
            this.random = random;
        }

        void run() {
            if (!joinable.isEmpty() && random.nextInt(100) < 15) {
                String actor = joinable.remove(random.nextInt(joinable.size()));
                LocalDate since = between(random, EARLIEST, today.minusDays(1));
                send(Operation.JOIN_NETWORK, actor, since, null, "/api/v1/actors/" + actor + "/memberships",
                        object().put("networkId", networkId).put("role", "member").put("since", since.toString()));
                return;
            }
            int roll = random.nextInt(100);
            String group = roll < 45 ? "china" : roll < 90 ? "latin-america" : "elsewhere";
            List<String> places = group.equals("china") ? CHINA : group.equals("latin-america") ? LATIN_AMERICA : ELSEWHERE;
            String subdivision = places.get(random.nextInt(places.size()));
            String key = newKey();
            String name = "FI " + key;
            boolean city = random.nextInt(100) < 85;
            ObjectNode body = object().put("kind", city ? "city" : "province");
            body.putObject("names").put("en", name);
            body.put("country", subdivision.substring(0, 2));
            // Some cities without a subdivision (a province needs one), as sources often give none: the statistics'
            // unknown rows then have records.
            if (!city || random.nextInt(100) >= UNPLACED_PERCENT) {
                body.put("subdivision", subdivision);
            }
            Write write = send(key, Operation.REGISTER_ACTOR, null, null, name, "/api/v1/actors", body);
            if (write.acknowledged()) {
                pools.get(group).add(write.streamId);
                joinable.add(write.streamId);
            }
        }
    }

    /** Records agreements between registered actors and takes its own agreements through their lives. */
    private final class AgreementClient {
        private final Random random;
        private final List<Own> open = new ArrayList<>();

        AgreementClient(Random random) {
            this.random = random;
        }

        void run() {
            if (!open.isEmpty() && random.nextBoolean()) {
                step(open.get(random.nextInt(open.size())));
            } else {
                record();
            }
        }

        private void record() {
            String china = pick("china");
            String other = pick(random.nextInt(100) < 80 ? "latin-america" : "elsewhere");
            if (china == null || other == null) {
                return;
            }
            List<String> parties = new ArrayList<>(List.of(china, other));
            if (random.nextInt(100) < 10) {
                String third = pick(random.nextBoolean() ? "china" : "latin-america");
                if (third != null && !parties.contains(third)) {
                    parties.add(third);
                }
            }
            String key = newKey();
            String title = "FI " + key;
            boolean signedAtOnce = random.nextInt(100) < 60;
            LocalDate on = between(random, EARLIEST, today.minusYears(1));
            ObjectNode body = object().put("kind", KINDS.get(random.nextInt(KINDS.size()))).put("title", title);
            ArrayNode partyIds = body.putArray("parties");
            parties.forEach(partyIds::add);
            ArrayNode fields = body.putArray("fields");
            FIELDS.stream().filter(field -> random.nextInt(100) < 20).forEach(fields::add);
            if (signedAtOnce) {
                body.putObject("signed").put("signedOn", on.toString());
            } else {
                body.put("proposedOn", on.toString());
            }
            Write write = send(key, signedAtOnce ? Operation.RECORD_SIGNED_AGREEMENT : Operation.PROPOSE_AGREEMENT,
                    null, on, title, "/api/v1/agreements", body);
            if (write.acknowledged()) {
                open.add(new Own(write.streamId, signedAtOnce ? "signed" : "proposed", on));
            }
        }

        /** One step in the agreement's life, dated after its last one (and never today or later). */
        private void step(Own agreement) {
            LocalDate on = agreement.last.plusDays(30 + random.nextInt(800));
            if (!on.isBefore(today)) {
                open.remove(agreement);
                return;
            }
            int roll = random.nextInt(100);
            Operation operation = switch (agreement.status) {
                case "proposed" -> roll < 90 ? Operation.SIGN : Operation.TERMINATE;
                case "signed" -> roll < 55 ? Operation.RENEW : roll < 85 ? Operation.SUSPEND : Operation.TERMINATE;
                default -> roll < 80 ? Operation.REINSTATE : Operation.TERMINATE;
            };
            String path = "/api/v1/agreements/" + agreement.id + switch (operation) {
                case SIGN -> "/signature";
                case RENEW -> "/renewals";
                case SUSPEND -> "/suspension";
                case REINSTATE -> "/reinstatement";
                default -> "/termination";
            };
            ObjectNode body = object().put(operation.dateField, on.toString());
            if (operation == Operation.SUSPEND || operation == Operation.TERMINATE) {
                body.put("reason", "Fault injection");
            }
            Write write = send(operation, agreement.id, on, null, path, body);
            if (!write.acknowledged() || operation == Operation.TERMINATE) {
                open.remove(agreement);
                return;
            }
            agreement.status = switch (operation) {
                case SUSPEND -> "suspended";
                default -> "signed";
            };
            agreement.last = on;
        }

        /** A registered actor of the group: now and then the newest, which the directory may not know yet. */
        private String pick(String group) {
            return pools.get(group).pick(random, random.nextInt(100) < 15);
        }
    }

    /** An agreement a client recorded, where it stands in its life. */
    private static final class Own {
        final String id;
        String status;
        LocalDate last;

        Own(String id, String status, LocalDate last) {
            this.id = id;
            this.status = status;
            this.last = last;
        }
    }

    /** The actors registered so far in one group of places. */
    private static final class Pool {
        private final List<String> ids = new ArrayList<>();

        synchronized void add(String id) {
            ids.add(id);
        }

        synchronized String pick(Random random, boolean newest) {
            if (ids.isEmpty()) {
                return null;
            }
            return newest ? ids.getLast() : ids.get(random.nextInt(ids.size()));
        }
    }

    private Write send(Operation operation, String streamId, LocalDate date, String label, String path,
            ObjectNode body) {
        return send(newKey(), operation, streamId, date, label, path, body);
    }

    /** Sends the write, again with the same key after every answer that is not definite, for up to 90 s. */
    private Write send(String key, Operation operation, String streamId, LocalDate date, String label, String path,
            ObjectNode body) {
        Write write = new Write(key, operation, phase, streamId, date, label);
        ledger.add(write);
        String url = (operation.actorsService ? actorsUrl : agreementsUrl) + path;
        String json = body.toString();
        doing.put(Thread.currentThread().getName(), "sending " + operation + " " + key + " since "
                + LocalTime.now());
        AtomicReference<JsonApi.Answer> last = new AtomicReference<>();
        write.sentAt = System.nanoTime();
        try {
            await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(RETRY_EVERY).atMost(GIVE_UP_AFTER)
                    .until(() -> {
                        write.attempts++;
                        doing.put(Thread.currentThread().getName(), "sending " + operation + " " + key
                                + ", attempt " + write.attempts + ", last answer "
                                + (last.get() == null ? "none" : last.get().status()));
                        try {
                            JsonApi.Answer answer = api.post(url, key, json);
                            last.set(answer);
                            if (definite(answer.status())) {
                                return true;
                            }
                            retried(String.valueOf(answer.status()));
                        } catch (IOException e) {
                            retried("connection failure");
                        } catch (RuntimeException e) {
                            // Whatever the HTTP client throws, the write is still to be answered: send it again.
                            retried(e.getClass().getSimpleName());
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException e) {
            write.outcome = Outcome.ABANDONED;
            write.problem = last.get() == null ? "no answer" : last.get().status() + " " + last.get().body();
            return write;
        }
        JsonApi.Answer answer = last.get();
        write.answeredAt = System.nanoTime();
        write.status = answer.status();
        if (answer.status() / 100 != 2) {
            write.outcome = Outcome.REFUSED;
            write.problem = answer.status() + " " + answer.body();
            return write;
        }
        JsonNode model = answer.body();
        write.outcome = Outcome.ACKNOWLEDGED;
        write.replayed = answer.replayed();
        write.location = answer.location();
        write.version = model == null ? 0 : model.path("version").asLong();
        if (operation.creates()) {
            write.streamId = model == null ? null : model.path("id").asText(null);
        }
        (operation.actorsService ? acknowledgedByActors : acknowledgedByAgreements).incrementAndGet();
        return write;
    }

    /** 2xx, and every 4xx but 409 and 422, are final; a 5xx (a database going down) is not. */
    private static boolean definite(int status) {
        return status / 100 == 2 || status / 100 == 4 && status != 409 && status != 422;
    }

    private void retried(String kind) {
        retriedAnswers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private String newKey() {
        return "fi-" + run + "-" + keys.incrementAndGet();
    }

    private static ObjectNode object() {
        return JsonApi.JSON.createObjectNode();
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }
}

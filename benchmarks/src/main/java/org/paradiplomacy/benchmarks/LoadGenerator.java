package org.paradiplomacy.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the write APIs with a synthetic but plausible history, deterministic from a seed: N actors spread over
 * countries in the proportions of China–Latin America paradiplomacy (China about two fifths, Brazil the largest
 * Latin American share, then Mexico, Argentina, Chile...; a tenth elsewhere), each placed in one of its country's
 * real subdivisions, then M engagements over 1985–2025, more in later years: agreements recorded as signed,
 * missions planned and completed, conferences and statements, most between a Chinese actor and a foreign one.
 * Writes go at a chosen rate per second, or as fast as the services take them (rate 0).
 *
 * <p>Arguments: actors URL, agreements URL, actors, engagements, seed, rate (0 = as fast as possible),
 * concurrency.
 */
public final class LoadGenerator {

    /** Countries and their weights in per mille. */
    private static final Object[][] COUNTRIES = {{"CN", 400}, {"BR", 110}, {"MX", 80}, {"AR", 60}, {"CL", 50},
        {"PE", 40}, {"CO", 40}, {"CU", 20}, {"EC", 20}, {"VE", 15}, {"UY", 15}, {"BO", 10}, {"CR", 10}, {"PA", 10},
        {"PY", 10}, {"DO", 5}, {"GT", 5}, {"US", 30}, {"DE", 15}, {"FR", 15}, {"JP", 15}, {"KR", 15}, {"ES", 5}};
    private static final String[] AGREEMENT_KINDS = {"sister-city", "sister-city", "sister-city", "sister-city",
        "friendly-exchange", "friendly-exchange", "cooperation", "cooperation", "memorandum-of-understanding",
        "letter-of-intent"};
    private static final String[] FIELDS = {"culture", "trade", "investment", "education", "tourism",
        "science-and-technology", "agriculture", "health", "environment", "urban-development"};
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z]{2}-[A-Z0-9]+)\"");

    private record Actor(String id, String country) {
    }

    private final Api api = new Api();
    private final String actorsUrl;
    private final String agreementsUrl;
    private final Random random;
    private final long intervalNanos;
    private final ExecutorService pool;
    private final AtomicLong written = new AtomicLong();
    private long nextAt = System.nanoTime();

    private LoadGenerator(String actorsUrl, String agreementsUrl, long seed, double rate, int concurrency) {
        this.actorsUrl = actorsUrl;
        this.agreementsUrl = agreementsUrl;
        this.random = new Random(seed);
        this.intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
        this.pool = Executors.newFixedThreadPool(concurrency);
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator = new LoadGenerator(args[0], args[1], Long.parseLong(args[4]),
                Double.parseDouble(args[5]), Integer.parseInt(args[6]));
        long start = System.nanoTime();
        List<Actor> actors = generator.actors(Integer.parseInt(args[2]));
        double actorSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("actors: %d registered in %.1f s (%.0f/s)%n", actors.size(), actorSeconds, actors.size() / actorSeconds);
        generator.awaitDirectory(actors);
        long engagementsStart = System.nanoTime();
        int engagements = generator.engagements(actors, Integer.parseInt(args[3]));
        double engagementSeconds = (System.nanoTime() - engagementsStart) / 1e9;
        System.out.printf("engagements: %d recorded in %.1f s (%.0f/s), %d writes in all%n", engagements,
                engagementSeconds, engagements / engagementSeconds, generator.written.get());
        generator.pool.shutdown();
    }

    /** Registers the actors; the random choices are all made here, in order, so the seed fixes them. */
    private List<Actor> actors(int count) throws Exception {
        List<String> countries = new ArrayList<>();
        for (Object[] country : COUNTRIES) {
            for (int i = 0; i < (int) country[1]; i++) {
                countries.add((String) country[0]);
            }
        }
        Map<String, List<String>> subdivisions = new HashMap<>();
        List<Future<Actor>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String country = countries.get(random.nextInt(countries.size()));
            List<String> codes = subdivisions.computeIfAbsent(country, this::subdivisionsOf);
            String subdivision = codes.isEmpty() ? null : codes.get(random.nextInt(codes.size()));
            String body = """
                    {"kind": "city", "names": {"en": "Synthetic city %d"}, "country": "%s"%s}""".formatted(i, country,
                    subdivision == null ? "" : ", \"subdivision\": \"" + subdivision + "\"");
            futures.add(submit(() -> new Actor(api.create(actorsUrl + "/api/v1/actors", body), country)));
        }
        List<Actor> actors = new ArrayList<>();
        for (Future<Actor> future : futures) {
            actors.add(future.get());
        }
        return actors;
    }

    private List<String> subdivisionsOf(String country) {
        Matcher codes = CODE.matcher(api.get(actorsUrl + "/api/v1/reference/subdivisions?country=" + country).body());
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found;
    }

    private void awaitDirectory(List<Actor> actors) throws InterruptedException {
        for (Actor actor : actors) {
            while (api.get(agreementsUrl + "/api/v1/directory/actors/" + actor.id()).statusCode() != 200) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    private int engagements(List<Actor> actors, int count) throws Exception {
        List<Actor> chinese = actors.stream().filter(a -> a.country().equals("CN")).toList();
        List<Actor> foreign = actors.stream().filter(a -> !a.country().equals("CN")).toList();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean chinaLinked = !chinese.isEmpty() && !foreign.isEmpty() && random.nextInt(10) < 8;
            Actor a = chinaLinked ? pick(chinese) : pick(actors);
            Actor b = chinaLinked ? pick(foreign) : pick(actors);
            while (b.equals(a)) {
                b = pick(actors);
            }
            LocalDate on = date();
            String field = FIELDS[random.nextInt(FIELDS.length)];
            int kind = random.nextInt(10);
            String ida = a.id();
            String idb = b.id();
            if (kind < 6) {
                String body = """
                        {"kind": "%s", "title": "Agreement %d", "parties": ["%s", "%s"], "fields": ["%s"],
                         "signed": {"signedOn": "%s"}}""".formatted(AGREEMENT_KINDS[random.nextInt(AGREEMENT_KINDS.length)],
                        i, ida, idb, field, on);
                futures.add(submit(() -> api.create(agreementsUrl + "/api/v1/agreements", body)));
            } else if (kind < 8) {
                String plan = """
                        {"kind": "trade-mission", "leader": "%s", "hosts": ["%s"], "startsOn": "%s", "fields": ["%s"]}"""
                        .formatted(ida, idb, on, field);
                String completion = "{\"completedOn\": \"" + on.plusDays(random.nextInt(10)) + "\"}";
                futures.add(submit(() -> {
                    String mission = api.create(agreementsUrl + "/api/v1/missions", plan);
                    api.post(agreementsUrl + "/api/v1/missions/" + mission + "/completion", completion);
                    written.incrementAndGet();
                    return mission;
                }));
            } else if (kind < 9) {
                String body = """
                        {"title": "Forum %d", "host": "%s", "participants": ["%s"], "startsOn": "%s", "fields": ["%s"]}"""
                        .formatted(i, ida, idb, on, field);
                futures.add(submit(() -> api.create(agreementsUrl + "/api/v1/conferences", body)));
            } else {
                String body = """
                        {"issuer": "%s", "about": ["%s"], "issuedOn": "%s", "title": "Statement %d"}"""
                        .formatted(ida, idb, on, i);
                futures.add(submit(() -> api.create(agreementsUrl + "/api/v1/statements", body)));
            }
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return futures.size();
    }

    private Actor pick(List<Actor> actors) {
        return actors.get(random.nextInt(actors.size()));
    }

    /** A day in 1985–2025, later years likelier (the activity grew after 2000). */
    private LocalDate date() {
        double skewed = Math.sqrt(random.nextDouble());
        return LocalDate.of(1985, 1, 1).plusDays((long) (skewed * 41 * 365));
    }

    /** Submits a write, holding back to the chosen rate. */
    private <T> Future<T> submit(Callable<T> write) throws InterruptedException {
        if (intervalNanos > 0) {
            long wait = nextAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            nextAt = Math.max(nextAt, System.nanoTime() - intervalNanos) + intervalNanos;
        }
        return pool.submit(() -> {
            T result = write.call();
            written.incrementAndGet();
            return result;
        });
    }
}

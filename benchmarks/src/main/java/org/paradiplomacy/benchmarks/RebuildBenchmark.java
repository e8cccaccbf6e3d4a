package org.paradiplomacy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The rebuild rate over a large history, and the latency of the statistics at that size. Publishes a synthetic
 * history (deterministic from a seed) straight into the topics, in the CloudEvents form the relays publish: actors
 * placed across Chinese and Latin American regions, and agreements between them, proposed then signed. Then waits
 * for the live statistics to catch up, rebuilds them from the beginning of the topics, and times the queries.
 */
public final class RebuildBenchmark {

    private static final String[][] CHINA = {{"CN", "CN-HB"}, {"CN", "CN-GD"}, {"CN", "CN-JS"}, {"CN", "CN-SC"}, {"CN", "CN-YN"}};
    private static final String[][] LATIN_AMERICA = {{"AR", "AR-E", "005"}, {"AR", "AR-B", "005"}, {"CL", "CL-BI", "005"},
        {"CL", "CL-VS", "005"}, {"MX", "MX-JAL", "013"}, {"MX", "MX-MEX", "013"}, {"BR", "BR-PE", "005"}, {"PE", "PE-ARE", "005"}};
    private static final String[] FIELDS = {"culture", "trade", "education", "tourism", "health"};
    private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\"?)([^,}\"]+)\\1");

    static final int SAMPLES = 7;

    private final Api api = new Api();
    private final String analytics;

    private RebuildBenchmark(String analytics) {
        this.analytics = analytics;
    }

    /** Arguments: Kafka bootstrap servers, analytics URL, number of events, seed. */
    public static void main(String[] args) throws Exception {
        RebuildBenchmark benchmark = new RebuildBenchmark(args[1]);
        int events = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);

        long before = benchmark.processed();
        long publishStart = System.nanoTime();
        int published = publish(args[0], events, seed);
        double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
        System.out.printf("published %d events in %.1f s (%.0f events/s)%n", published, publishSeconds, published / publishSeconds);

        long liveStart = System.nanoTime();
        benchmark.awaitLive(before + published);
        double liveSeconds = (System.nanoTime() - liveStart) / 1e9;
        System.out.printf("live statistics caught up %.1f s after the last event was published%n", liveSeconds);

        long rebuildStart = System.nanoTime();
        benchmark.api.post(args[1] + "/api/v1/admin/rebuild", "");
        String progress;
        do {
            TimeUnit.SECONDS.sleep(2);
            progress = benchmark.api.get(args[1] + "/api/v1/admin/rebuild").body();
            System.out.println("rebuild: " + progress);
        } while (!field(progress, "state").equals("done") && !field(progress, "state").equals("failed"));
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        long replayed = Long.parseLong(field(progress, "eventsDone"));
        System.out.printf("REBUILD | %d events | %.1f s | %.0f events/s%n", replayed, rebuildSeconds, replayed / rebuildSeconds);

        System.out.println("| query | first request ms | repeats | repeat median ms | repeat max ms |");
        System.out.println("|---|---|---|---|---|");
        for (String query : List.of("regions?level=country", "regions?level=subdivision", "regions?level=m49",
                "region-pairs", "years", "actors/most-active", "fields")) {
            System.out.println(benchmark.latency("/api/v1/stats/" + query));
        }
    }

    private static int publish(String bootstrap, int events, long seed) {
        Random random = new Random(seed);
        int actorCount = Math.max(10, events / 20);
        List<String> chinese = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < actorCount; i++) {
                String id = UUID.randomUUID().toString();
                boolean inChina = i % 2 == 0;
                String[] place = inChina ? CHINA[random.nextInt(CHINA.length)] : LATIN_AMERICA[random.nextInt(LATIN_AMERICA.length)];
                (inChina ? chinese : latin).add(id);
                send(producer, "actors", id, "actor.registered", 1, """
                        {"actorId": "%s", "kind": "city", "names": {"en": "City %d"}, "place": {"country": "%s", "subdivision": "%s", "m49Region": "%s", "m49Subregion": "%s"%s}}"""
                        .formatted(id, i, place[0], place[1], inChina ? "142" : "019", inChina ? "030" : "419",
                                inChina ? "" : ", \"m49IntermediateRegion\": \"" + place[2] + "\""));
                sent++;
            }
            while (sent + 2 <= events) {
                String id = UUID.randomUUID().toString();
                LocalDate signed = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(16_000));
                send(producer, "agreements", id, "agreement.proposed", 1, """
                        {"agreementId": "%s", "kind": "sister-city", "title": "Agreement", "parties": ["%s", "%s"], "fields": ["%s"], "proposedOn": "%s"}"""
                        .formatted(id, chinese.get(random.nextInt(chinese.size())), latin.get(random.nextInt(latin.size())),
                                FIELDS[random.nextInt(FIELDS.length)], signed.minusDays(30)));
                send(producer, "agreements", id, "agreement.signed", 2, """
                        {"agreementId": "%s", "signedOn": "%s"}""".formatted(id, signed));
                sent += 2;
            }
            producer.flush();
        }
        return sent;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, String type, long version,
            String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>("paradiplomacy." + topic + ".v1", key, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "org.paradiplomacy." + type + ".v1");
        header(record, "ce_source", "/benchmark");
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_streamversion", Long.toString(version));
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private long processed() {
        return Long.parseLong(field(wellness(), "processed"));
    }

    private String wellness() {
        String health = api.get(analytics + "/q/health/well").body();
        return health.substring(health.indexOf("statistics-projection"));
    }

    private void awaitLive(long processed) throws InterruptedException {
        while (true) {
            String check = wellness();
            if (Long.parseLong(field(check, "processed")) >= processed && field(check, "lagEvents").equals("0")) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    /**
     * The first request (computed from the facts) and {@link #SAMPLES} repeats (served from the cache until the next
     * change), one after another.
     */
    private String latency(String path) {
        long first = System.nanoTime();
        api.get(analytics + path);
        double firstMs = (System.nanoTime() - first) / 1e6;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            if (api.get(analytics + path).statusCode() != 200) {
                throw new IllegalStateException(path + " failed");
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        Percentiles repeats = Percentiles.of(times);
        return "| GET %s | %.1f | %d | %.1f | %.1f |".formatted(path, firstMs, repeats.samples(), repeats.median(), repeats.max());
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile(NUMBER.pattern().formatted(name)).matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(2).strip();
    }
}

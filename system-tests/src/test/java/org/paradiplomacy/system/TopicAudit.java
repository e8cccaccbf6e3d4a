package org.paradiplomacy.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.paradiplomacy.system.FaultFigures.Count;

/**
 * On Kafka, every stream complete and in order: every topic of the write services read from its beginning with
 * {@code read_committed}, as a subscriber would, records grouped by key (the stream id). After dropping exact
 * redeliveries of an event id (at least once is the contract), each stream's {@code ce_streamversion} sequence
 * must be 1..n in order, n being the stream's version in the store, and each version must carry the event id the
 * store has for it.
 */
final class TopicAudit {

    private static final String TOPICS = "paradiplomacy\\.(actors|agreements|missions|conferences|statements)\\.v1";

    static {
        // The tests log through JBoss LogManager; a Kafka client there would print its whole configuration.
        org.jboss.logmanager.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.WARNING);
    }

    /** A record as read: its {@code ce_streamversion} and {@code ce_id}. */
    record Seen(long version, String eventId) {
    }

    private TopicAudit() {
    }

    /** Reads the topics until every stored event has been seen (or the time is up), then audits every stream. */
    static void audit(String bootstrapServers, WrittenData data, Map<String, String> phaseOfEvent,
            FaultFigures figures, Duration timeout) {
        Map<String, List<Seen>> streams = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-injection-audit-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics().forEach((topic, infos) -> {
                if (topic.matches(TOPICS)) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            try {
                await().atMost(timeout).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(record -> streams
                            .computeIfAbsent(record.key(), k -> new ArrayList<>()).add(seen(record)));
                    return complete(data, streams);
                });
                // Then on to the end of every partition, so that a late duplicate is seen too.
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> streams
                            .computeIfAbsent(record.key(), k -> new ArrayList<>()).add(seen(record)));
                    return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
                });
            } catch (ConditionTimeoutException e) {
                figures.problem("Kafka: not every stored event was on the topics after " + timeout.toSeconds() + " s");
            }
        }
        data.histories.forEach((stream, history) -> auditStream(stream, history,
                streams.getOrDefault(stream, List.of()), phaseOfEvent, figures));
        streams.forEach((stream, seen) -> {
            if (!data.histories.containsKey(stream)) {
                figures.problem(FaultFigures.UNATTRIBUTED, Count.KAFKA_DUPLICATED, "stream " + stream + " is on Kafka ("
                        + seen.size() + " records) but not in the store");
            }
        });
    }

    private static boolean complete(WrittenData data, Map<String, List<Seen>> streams) {
        return data.histories.entrySet().stream().allMatch(stream -> {
            Set<Long> versions = new HashSet<>();
            streams.getOrDefault(stream.getKey(), List.of()).forEach(seen -> versions.add(seen.version()));
            for (long v = 1; v <= stream.getValue().size(); v++) {
                if (!versions.contains(v)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Audits one stream's records (in offset order) against its history in the store. */
    static void auditStream(String stream, List<JsonNode> history, List<Seen> records,
            Map<String, String> phaseOfEvent, FaultFigures figures) {
        Set<String> ids = new HashSet<>();
        List<Seen> sequence = new ArrayList<>();
        for (Seen record : records) {
            if (ids.add(record.eventId())) {
                sequence.add(record);
            } else {
                figures.add(phase(phaseOfEvent, stream, record.version()), Count.REDELIVERED, 1);
            }
        }
        Set<Long> published = new HashSet<>();
        for (int i = 0; i < sequence.size(); i++) {
            Seen record = sequence.get(i);
            String phase = phase(phaseOfEvent, stream, record.version());
            JsonNode stored = record.version() >= 1 && record.version() <= history.size()
                    ? history.get((int) record.version() - 1) : null;
            if (stored == null || !stored.path("eventId").asText().equals(record.eventId())
                    || !published.add(record.version())) {
                figures.problem(phase, Count.KAFKA_DUPLICATED, stream + " v" + record.version() + " (event "
                        + record.eventId() + ") is not the store's event at that version, or a second one for it");
            }
            if (i > 0 && record.version() < sequence.get(i - 1).version()) {
                figures.problem(phase, Count.KAFKA_OUT_OF_ORDER, stream + " v" + record.version() + " after v"
                        + sequence.get(i - 1).version());
            }
        }
        for (long v = 1; v <= history.size(); v++) {
            if (!published.contains(v)) {
                figures.problem(phase(phaseOfEvent, stream, v), Count.KAFKA_LOST, stream + " v" + v + " ("
                        + history.get((int) v - 1).path("type").asText() + ") is not on Kafka");
            }
        }
    }

    private static String phase(Map<String, String> phaseOfEvent, String stream, long version) {
        return phaseOfEvent.getOrDefault(stream + "#" + version, FaultFigures.UNATTRIBUTED);
    }

    private static Seen seen(ConsumerRecord<String, String> record) {
        return new Seen(Long.parseLong(header(record, "ce_streamversion", "-1")), header(record, "ce_id", ""));
    }

    private static String header(ConsumerRecord<String, String> record, String name, String absent) {
        Header header = record.headers().lastHeader(name);
        return header == null ? absent : new String(header.value(), StandardCharsets.UTF_8);
    }
}

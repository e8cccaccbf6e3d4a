package org.paradiplomacy.eventsourcing.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.paradiplomacy.eventsourcing.KafkaSecurity;

/**
 * What a service's topics hold, read from their beginning to their current end as read-committed subscribers see
 * them: how often each event id occurs, and which streams show an event after a later one of the same stream.
 * It keeps about a hundred bytes per event.
 */
final class TopicScan {

    final Map<UUID, Integer> occurrences = new HashMap<>();
    final Map<String, Integer> outOfOrder = new HashMap<>();
    private final Map<String, Long> highestVersion = new HashMap<>();
    long records;
    long total;

    /** Reads every partition of the topics to the end offsets taken at the start, reporting records read. */
    static TopicScan read(String bootstrapServers, List<String> topics, LongConsumer progress) {
        TopicScan scan = new TopicScan();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSecurity.withSecurity(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics();
            for (String topic : topics) {
                existing.getOrDefault(topic, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            scan.total = end.entrySet().stream().mapToLong(e -> e.getValue() - beginning.get(e.getKey())).sum();
            Set<TopicPartition> open = new HashSet<>();
            end.forEach((partition, offset) -> {
                if (offset > beginning.get(partition)) {
                    open.add(partition);
                }
            });
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        scan.add(record);
                    }
                }
                // Under read_committed, transaction markers take offsets too: a partition is done at its end.
                open.removeIf(partition -> consumer.position(partition) >= end.get(partition));
                progress.accept(scan.records);
            }
        }
        return scan;
    }

    private void add(ConsumerRecord<String, String> record) {
        records++;
        String id = header(record, CloudEvents.ID);
        String version = header(record, CloudEvents.STREAM_VERSION);
        if (id == null || version == null) {
            return;
        }
        UUID eventId;
        long streamVersion;
        try {
            eventId = UUID.fromString(id);
            streamVersion = Long.parseLong(version);
        } catch (IllegalArgumentException e) {
            return;
        }
        String stream = record.key();
        boolean first = occurrences.merge(eventId, 1, Integer::sum) == 1;
        Long highest = highestVersion.get(stream);
        if (first && highest != null && streamVersion < highest) {
            outOfOrder.merge(stream, 1, Integer::sum);
        }
        if (highest == null || streamVersion > highest) {
            highestVersion.put(stream, streamVersion);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

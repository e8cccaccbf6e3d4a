package org.paradiplomacy.eventsourcing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.NewEvent;

/** Test helpers: append numbered probe events, and read stream versions back from published records. */
final class Streams {

    static final String TYPE = "probe";
    static final String TOPIC = "paradiplomacy.probes.v1";

    private Streams() {
    }

    static String newStreamId() {
        return UUID.randomUUID().toString();
    }

    static List<NewEvent> events(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new NewEvent(UUID.randomUUID(), "ProbeRecorded", 1, "{\"n\":" + i + "}", Instant.now()))
                .toList();
    }

    /** Appends {@code count} events to the stream in a transaction of its own. */
    static long append(EventStore store, String streamId, long expectedVersion, int count) {
        return QuarkusTransaction.requiringNew().call(() -> store.append(TYPE, streamId, expectedVersion,
                events(count), new EventMetadata("correlation-1", null, "tester", null)));
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The stream versions of a stream's records in the order they arrived, first delivery of each event only. */
    static List<Long> versionsOf(List<ConsumerRecord<String, String>> records, String streamId) {
        return records.stream().filter(r -> streamId.equals(r.key()))
                .filter(distinctBy(r -> header(r, CloudEvents.ID)))
                .map(r -> Long.parseLong(header(r, CloudEvents.STREAM_VERSION)))
                .toList();
    }

    static List<Long> oneTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        var seen = ConcurrentHashMap.newKeySet();
        return value -> seen.add(key.apply(value));
    }
}

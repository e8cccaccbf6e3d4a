package org.paradiplomacy.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.store.ConcurrencyConflict;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

@QuarkusTest
class EventStoreTest {

    @Inject
    EventStore store;

    @Test
    void appendedEventsLoadInStreamOrderWithTheirMetadata() {
        String stream = Streams.newStreamId();

        assertThat(Streams.append(store, stream, 0, 2)).isEqualTo(2);
        assertThat(Streams.append(store, stream, 2, 1)).isEqualTo(3);

        List<StoredEvent> events = store.load(Streams.TYPE, stream);
        assertThat(events).extracting(StoredEvent::streamVersion).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(StoredEvent::payload).containsExactly("{\"n\": 1}", "{\"n\": 2}", "{\"n\": 1}");
        assertThat(events.getFirst().metadata()).contains("\"correlationId\": \"correlation-1\"");
        assertThat(events).allSatisfy(e -> assertThat(e.streamType()).isEqualTo(Streams.TYPE));
    }

    @Test
    void aStreamIsOnlyFoundUnderItsOwnType() {
        String stream = Streams.newStreamId();
        Streams.append(store, stream, 0, 1);

        assertThat(store.load("other", stream)).isEmpty();
        assertThat(store.load(Streams.TYPE, stream)).hasSize(1);
    }

    @Test
    void anAppendAtAStaleVersionIsAConflict() {
        String stream = Streams.newStreamId();
        Streams.append(store, stream, 0, 1);

        assertThatThrownBy(() -> Streams.append(store, stream, 0, 1))
                .isInstanceOf(ConcurrencyConflict.class)
                .hasMessageContaining("is at version 1, not at the expected version 0");
        assertThat(store.load(Streams.TYPE, stream)).hasSize(1);
    }

    @Test
    void ofConcurrentAppendsAtOneVersionExactlyOneSucceeds() throws Exception {
        String stream = Streams.newStreamId();
        Streams.append(store, stream, 0, 1);
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<Long> append = () -> {
                    go.await();
                    return Streams.append(store, stream, 1, 1);
                };
                results.add(pool.submit(append));
            }
            go.countDown();
            int successes = 0;
            int conflicts = 0;
            for (Future<Long> result : results) {
                try {
                    result.get();
                    successes++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrencyConflict.class);
                    conflicts++;
                }
            }
            assertThat(successes).isEqualTo(1);
            assertThat(conflicts).isEqualTo(writers - 1);
            assertThat(store.load(Streams.TYPE, stream)).extracting(StoredEvent::streamVersion).containsExactly(1L, 2L);
        } finally {
            pool.shutdownNow();
        }
    }
}

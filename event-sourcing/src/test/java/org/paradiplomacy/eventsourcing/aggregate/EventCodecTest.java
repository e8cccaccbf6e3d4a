package org.paradiplomacy.eventsourcing.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.store.NewEvent;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** Events stored at an earlier schema version read as the current record, through their upcasters. */
class EventCodecTest {

    /** A family whose Opened event went from v1 {"day": "..."} to v2 {"openedOn": "...", "reason": ...}. */
    sealed interface DoorEvent {

        @SchemaVersion(2)
        record Opened(String doorId, LocalDate openedOn, String reason) implements DoorEvent {
        }

        record Closed(String doorId, LocalDate closedOn) implements DoorEvent {
        }
    }

    static final Upcaster OPENED_V1 = new Upcaster("Opened", 1, payload -> {
        ObjectNode v2 = payload.deepCopy();
        v2.set("openedOn", v2.remove("day"));
        v2.put("reason", "unknown (recorded before reasons were)");
        return v2;
    });

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), Clock.systemUTC().getZone());

    static StoredEvent stored(String type, int version, String payload) {
        return new StoredEvent(1, "door-1", "door", 1, UUID.randomUUID(), type, version, payload, "{}",
                CLOCK.instant(), CLOCK.instant());
    }

    @Test
    void anEventStoredAtAnEarlierVersionReadsAsTheCurrentRecord() {
        EventCodec<DoorEvent> codec = new EventCodec<>(DoorEvent.class, CLOCK, List.of(OPENED_V1));

        assertThat(codec.decode(stored("Opened", 1, "{\"doorId\": \"door-1\", \"day\": \"2016-04-07\"}")))
                .isEqualTo(new DoorEvent.Opened("door-1", LocalDate.of(2016, 4, 7), "unknown (recorded before reasons were)"));
        assertThat(codec.decode(stored("Opened", 2, "{\"doorId\": \"door-1\", \"openedOn\": \"2016-04-07\", \"reason\": \"wind\"}")))
                .isEqualTo(new DoorEvent.Opened("door-1", LocalDate.of(2016, 4, 7), "wind"));
        assertThat(codec.decode(stored("Closed", 1, "{\"doorId\": \"door-1\", \"closedOn\": \"2016-04-08\"}")))
                .isEqualTo(new DoorEvent.Closed("door-1", LocalDate.of(2016, 4, 8)));
    }

    @Test
    void newEventsAreWrittenAtTheirRecordsVersion() {
        EventCodec<DoorEvent> codec = new EventCodec<>(DoorEvent.class, CLOCK, List.of(OPENED_V1));
        NewEvent opened = codec.encode(new DoorEvent.Opened("door-1", LocalDate.of(2020, 1, 1), "wind"));
        assertThat(opened.schemaVersion()).isEqualTo(2);
        assertThat(codec.encode(new DoorEvent.Closed("door-1", LocalDate.of(2020, 1, 2))).schemaVersion()).isEqualTo(1);
        assertThat(CloudEvents.type("door", opened.eventType(), opened.schemaVersion()))
                .isEqualTo("org.paradiplomacy.door.opened.v2");
    }

    @Test
    void aFamilyWithoutAnUpcasterForAnEarlierVersionIsRefusedAtOnce() {
        assertThatThrownBy(() -> new EventCodec<>(DoorEvent.class, CLOCK, List.of()))
                .hasMessage("Opened is at schema version 2 but has no upcaster from version 1");
    }

    @Test
    void anEventNewerThanTheCodeIsRefused() {
        EventCodec<DoorEvent> codec = new EventCodec<>(DoorEvent.class, CLOCK, List.of(OPENED_V1));
        assertThatThrownBy(() -> codec.decode(stored("Closed", 2, "{}")))
                .hasMessageContaining("Closed v2 in stream door-1 is newer than this code, which knows v1");
    }
}

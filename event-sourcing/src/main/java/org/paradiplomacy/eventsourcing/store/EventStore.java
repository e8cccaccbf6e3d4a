package org.paradiplomacy.eventsourcing.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * The append-only event store in PostgreSQL. Appends take part in the caller's transaction, so the events, the
 * read model and the outbox (the events table itself, read by the relay) commit together or not at all.
 */
@ApplicationScoped
public class EventStore {

    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * The most an event's payload may hold, in UTF-8 bytes: well inside Kafka's default record limit (1 MiB), so
     * no event the store takes can ever be refused by the broker. The services' own bounds on every text and list
     * keep real commands far below it; this is the last guard.
     */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;
    /** The columns {@link #read(ResultSet, int)} reads, in its order. */
    public static final String COLUMNS = "global_position, stream_id, stream_type, stream_version, event_id,"
            + " event_type, schema_version, payload::text, metadata::text, occurred_at, recorded_at";

    private final AgroalDataSource dataSource;
    private final boolean checkSchemas;

    /**
     * With {@code observatory.events.check-schemas} (on in the services' tests) every appended event is first checked
     * against the JSON Schema its service publishes for it, so no test can produce an event its contract denies.
     */
    public EventStore(AgroalDataSource dataSource,
            @ConfigProperty(name = "observatory.events.check-schemas", defaultValue = "false") boolean checkSchemas) {
        this.dataSource = dataSource;
        this.checkSchemas = checkSchemas;
    }

    /**
     * Every event of a stream of the given type, oldest first; empty when there is no such stream (an id of another
     * type's stream is no stream of this type).
     */
    public List<StoredEvent> load(String streamType, String streamId) {
        // By stream id alone, so that the stream's own index is the only one that applies: with stale planner
        // statistics a condition on stream_type as well can turn every load into a scan of the type's index.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM events WHERE stream_id = ? ORDER BY stream_version")) {
            query.setString(1, streamId);
            List<StoredEvent> events = read(query);
            return events.stream().allMatch(event -> event.streamType().equals(streamType)) ? events : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load stream " + streamId, e);
        }
    }

    /**
     * Appends events to a stream that must be at {@code expectedVersion} (0 for a new stream) and returns the
     * stream's new version. Of several concurrent appends at the same version exactly one succeeds; the others
     * fail with {@link ConcurrencyConflict}.
     */
    public long append(String streamType, String streamId, long expectedVersion, List<NewEvent> events,
            EventMetadata metadata) {
        if (events.isEmpty()) {
            return expectedVersion;
        }
        events.forEach(EventStore::requireWithinLimit);
        if (checkSchemas) {
            events.forEach(event -> SchemaValidation.requireValid(streamType, event.eventType(), event.schemaVersion(),
                    event.payload()));
        }
        try (Connection connection = dataSource.getConnection()) {
            long actual = currentVersion(connection, streamType, streamId);
            if (actual != expectedVersion) {
                throw new ConcurrencyConflict(streamId, expectedVersion, actual);
            }
            insert(connection, streamType, streamId, expectedVersion, events, metadata);
            requirePublicationOrder(connection, streamId, expectedVersion);
            return expectedVersion + events.size();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ConcurrencyConflict(streamId, expectedVersion, -1);
            }
            throw new IllegalStateException("Could not append to stream " + streamId, e);
        }
    }

    private static void requireWithinLimit(NewEvent event) {
        int bytes = event.payload().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PAYLOAD_BYTES) {
            throw new RuleViolation("body", "the change would record an event (" + event.eventType() + ") of "
                    + bytes + " bytes, over the limit of " + MAX_PAYLOAD_BYTES + " bytes (256 KiB) per event:"
                    + " shorten its texts or lists");
        }
    }

    private static long currentVersion(Connection connection, String streamType, String streamId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(stream_version) FILTER (WHERE stream_type = ?), 0) FROM events WHERE stream_id = ?")) {
            query.setString(1, streamType);
            query.setString(2, streamId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void insert(Connection connection, String streamType, String streamId, long expectedVersion,
            List<NewEvent> events, EventMetadata metadata) throws SQLException {
        String metadataJson = EventJson.write(metadata);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (stream_id, stream_type,"
                + " stream_version, event_id, event_type, schema_version, payload, metadata, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)")) {
            long version = expectedVersion;
            for (NewEvent event : events) {
                insert.setString(1, streamId);
                insert.setString(2, streamType);
                insert.setLong(3, ++version);
                insert.setObject(4, event.eventId());
                insert.setString(5, event.eventType());
                insert.setInt(6, event.schemaVersion());
                insert.setString(7, event.payload());
                insert.setString(8, metadataJson);
                insert.setTimestamp(9, Timestamp.from(event.occurredAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            throw e.getNextException() != null ? e.getNextException() : e;
        }
    }

    /**
     * The relay publishes in transaction-id order. A transaction that took its id before the stream's previous
     * event was written would be published before that event, out of stream order: refuse it as a conflict, so
     * the client retries (this happens only when a transaction wrote elsewhere before appending).
     */
    private static void requirePublicationOrder(Connection connection, String streamId, long expectedVersion)
            throws SQLException {
        if (expectedVersion == 0) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM events WHERE stream_id = ?"
                + " AND stream_version <= ? AND tx_id > pg_current_xact_id() LIMIT 1")) {
            query.setString(1, streamId);
            query.setLong(2, expectedVersion);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new ConcurrencyConflict(streamId, expectedVersion, -1);
                }
            }
        }
    }

    /** The event in the current row, whose {@link #COLUMNS} begin at column {@code first}. */
    public static StoredEvent read(ResultSet row, int first) throws SQLException {
        int c = first;
        return new StoredEvent(row.getLong(c), row.getString(c + 1), row.getString(c + 2), row.getLong(c + 3),
                row.getObject(c + 4, UUID.class), row.getString(c + 5), row.getInt(c + 6), row.getString(c + 7),
                row.getString(c + 8), row.getTimestamp(c + 9).toInstant(), row.getTimestamp(c + 10).toInstant());
    }

    private static List<StoredEvent> read(PreparedStatement query) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                events.add(read(rows, 1));
            }
        }
        return events;
    }
}

package org.paradiplomacy.eventsourcing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * The relay's SQL: its checkpoint, the next events in publication order, and the streams parked because the
 * broker refused one of their events. Every statement runs on the connection that holds the lead.
 */
final class PublicationLog {

    /** The one relay of a service: to Kafka. Its checkpoint row and its lock are named after it. */
    static final String KAFKA = "kafka";

    /** The transaction id as a number: ordering or comparing its text would put "10000" before "9999". */
    private static final String TX_ID = "e.tx_id::text::bigint";

    private final String relay;

    PublicationLog(String relay) {
        this.relay = relay;
    }

    Position checkpoint(Connection connection) throws SQLException {
        try (PreparedStatement init = connection.prepareStatement("INSERT INTO outbox_checkpoint (relay, tx_id, position)"
                + " VALUES (?, '0', 0) ON CONFLICT (relay) DO NOTHING")) {
            init.setString(1, relay);
            init.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT tx_id::text::bigint, position FROM outbox_checkpoint WHERE relay = ?")) {
            read.setString(1, relay);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return new Position(row.getLong(1), row.getLong(2));
            }
        }
    }

    void saveCheckpoint(Connection connection, Position next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_checkpoint SET tx_id = ?::xid8, position = ?, updated_at = now() WHERE relay = ?")) {
            update.setString(1, next.txIdLiteral());
            update.setLong(2, next.globalPosition());
            update.setString(3, relay);
            update.executeUpdate();
        }
    }

    /**
     * The next committed events after {@code after} in (transaction id, position) order, only below the oldest
     * transaction still running (every event there is final), leaving out parked streams.
     */
    List<Pending> nextBatch(Connection connection, Position after, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TX_ID + " AS tx_number, "
                + qualified() + " FROM events e"
                + " WHERE (e.tx_id, e.global_position) > (?::xid8, ?)"
                + " AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                + " AND NOT EXISTS (SELECT 1 FROM outbox_parked_streams p WHERE p.stream_id = e.stream_id)"
                + " ORDER BY e.tx_id, e.global_position LIMIT ?")) {
            query.setString(1, after.txIdLiteral());
            query.setLong(2, after.globalPosition());
            query.setInt(3, limit);
            return pending(query);
        }
    }

    /** Parks a stream from its first unpublished event, or records another failed attempt of a parked one. */
    void park(Connection connection, StoredEvent first, String reason) throws SQLException {
        try (PreparedStatement park = connection.prepareStatement("INSERT INTO outbox_parked_streams"
                + " (stream_id, stream_type, from_version, event_id, reason) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (stream_id) DO UPDATE SET reason = excluded.reason,"
                + " attempts = outbox_parked_streams.attempts + 1, retry_requested_at = NULL")) {
            park.setString(1, first.streamId());
            park.setString(2, first.streamType());
            park.setLong(3, first.streamVersion());
            park.setObject(4, first.eventId());
            park.setString(5, reason);
            park.executeUpdate();
        }
    }

    /** The parked streams an operator asked to retry. */
    List<String> retriesRequested(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT stream_id FROM outbox_parked_streams"
                + " WHERE retry_requested_at IS NOT NULL ORDER BY retry_requested_at")) {
            List<String> streams = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    streams.add(rows.getString(1));
                }
            }
            return streams;
        }
    }

    /**
     * A parked stream's waiting events up to the checkpoint, in stream order: those after it follow in the usual
     * order once the stream is no longer parked.
     */
    List<Pending> parkedEvents(Connection connection, String streamId, Position checkpoint, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TX_ID + " AS tx_number, "
                + qualified() + " FROM events e JOIN outbox_parked_streams p ON p.stream_id = e.stream_id"
                + " WHERE e.stream_id = ? AND e.stream_version >= p.from_version"
                + " AND (e.tx_id, e.global_position) <= (?::xid8, ?)"
                + " ORDER BY e.stream_version LIMIT ?")) {
            query.setString(1, streamId);
            query.setString(2, checkpoint.txIdLiteral());
            query.setLong(3, checkpoint.globalPosition());
            query.setInt(4, limit);
            return pending(query);
        }
    }

    /** Moves a parked stream's first waiting event on, after some of its events were published. */
    void advanceParked(Connection connection, String streamId, long fromVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_parked_streams SET from_version = ? WHERE stream_id = ?")) {
            update.setLong(1, fromVersion);
            update.setString(2, streamId);
            update.executeUpdate();
        }
    }

    void unpark(Connection connection, String streamId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM outbox_parked_streams WHERE stream_id = ?")) {
            delete.setString(1, streamId);
            delete.executeUpdate();
        }
    }

    private static String qualified() {
        return "e." + EventStore.COLUMNS.replace(", ", ", e.");
    }

    private static List<Pending> pending(PreparedStatement query) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                StoredEvent event = EventStore.read(rows, 2);
                batch.add(new Pending(new Position(rows.getLong(1), event.globalPosition()), event));
            }
        }
        return batch;
    }

    /** An event read for publication, with its place in the publication order. */
    record Pending(Position position, StoredEvent event) {
    }
}

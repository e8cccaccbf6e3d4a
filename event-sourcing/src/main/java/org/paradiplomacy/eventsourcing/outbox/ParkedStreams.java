package org.paradiplomacy.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What operators see of parked streams, from any replica: the list, a retry (the leading relay picks it up on its
 * next round), and the count as the metric {@code observatory_outbox_parked_streams}.
 */
@IfBuildProperty(name = "observatory.outbox.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class ParkedStreams {

    /** The most an answer lists: a store with more parked streams than this has a problem worth a look first. */
    public static final int MAX_LISTED = 1000;

    private final AgroalDataSource dataSource;

    public ParkedStreams(AgroalDataSource dataSource, MeterRegistry metrics) {
        this.dataSource = dataSource;
        Gauge.builder("observatory.outbox.parked.streams", this, ParkedStreams::countOrNaN)
                .description("Streams whose publication waits because the broker refused one of their events")
                .register(metrics);
    }

    public List<ParkedStream> list() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT stream_id, stream_type, from_version,"
                        + " event_id, reason, parked_at, attempts, retry_requested_at FROM outbox_parked_streams"
                        + " ORDER BY parked_at, stream_id LIMIT " + MAX_LISTED)) {
            List<ParkedStream> parked = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    parked.add(new ParkedStream(rows.getString(1), rows.getString(2), rows.getLong(3),
                            rows.getObject(4, UUID.class), rows.getString(5), instant(rows.getTimestamp(6)),
                            rows.getInt(7), instant(rows.getTimestamp(8))));
                }
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked streams", e);
        }
    }

    public long count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM outbox_parked_streams");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the parked streams", e);
        }
    }

    /** Asks the leading relay to publish the stream's waiting events again; false when it is not parked. */
    public boolean requestRetry(String streamId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE outbox_parked_streams"
                        + " SET retry_requested_at = now() WHERE stream_id = ?")) {
            update.setString(1, streamId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask for a retry of stream " + streamId, e);
        }
    }

    private double countOrNaN() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

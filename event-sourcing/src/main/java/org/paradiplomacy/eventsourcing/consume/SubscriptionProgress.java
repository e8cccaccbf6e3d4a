package org.paradiplomacy.eventsourcing.consume;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What a subscription has read, kept in its own database beside the projection it feeds: the ids of the events
 * applied (a redelivery changes nothing) and each partition's next offset. Its writes take part in the caller's
 * transaction, so progress and projection commit together.
 */
final class SubscriptionProgress {

    private final String subscription;
    private final AgroalDataSource dataSource;

    SubscriptionProgress(String subscription, AgroalDataSource dataSource) {
        this.subscription = subscription;
        this.dataSource = dataSource;
    }

    /** Records the event as applied; false when it already was. */
    boolean firstDelivery(String eventId) {
        return update("INSERT INTO processed_events (subscription, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                subscription, eventId) == 1;
    }

    /** Moves each partition of the batch on past its last record. */
    void saveOffsets(List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, Long> next = new HashMap<>();
        batch.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        next.forEach((partition, offset) -> update("INSERT INTO subscription_offsets (subscription, topic, partition,"
                + " next_offset) VALUES (?, ?, ?, ?) ON CONFLICT (subscription, topic, partition)"
                + " DO UPDATE SET next_offset = excluded.next_offset, updated_at = now()",
                subscription, partition.topic(), partition.partition(), offset));
    }

    /** The partition's next offset to read, or null when the subscription never read it. */
    Long storedOffset(TopicPartition partition) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT next_offset FROM subscription_offsets"
                        + " WHERE subscription = ? AND topic = ? AND partition = ?")) {
            query.setString(1, subscription);
            query.setString(2, partition.topic());
            query.setInt(3, partition.partition());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the offsets of subscription " + subscription, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Subscription " + subscription + " could not write its progress", e);
        }
    }
}

package org.paradiplomacy.eventsourcing;

import java.time.Duration;
import org.paradiplomacy.eventsourcing.outbox.RelayConfig;

/** Relay settings for relays a test builds itself: its own source (so its own producer) and limits. */
record TestRelayConfig(String source, int batchSize, int maxRecordBytes) implements RelayConfig {

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String schemaBaseUrl() {
        return "http://localhost:8080";
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(50);
    }

    @Override
    public Duration standbyInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofSeconds(1);
    }

    @Override
    public int topicPartitions() {
        return 3;
    }

    @Override
    public short topicReplicationFactor() {
        return 1;
    }
}

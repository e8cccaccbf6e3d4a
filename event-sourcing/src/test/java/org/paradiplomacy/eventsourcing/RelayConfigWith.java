package org.paradiplomacy.eventsourcing;

import java.time.Duration;
import org.paradiplomacy.eventsourcing.outbox.RelayConfig;

/** The test's relay settings with another record limit, for relays a test builds itself. */
record RelayConfigWith(RelayConfig base, int maxRecordBytes) implements RelayConfig {

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String source() {
        return base.source();
    }

    @Override
    public Duration pollInterval() {
        return base.pollInterval();
    }

    @Override
    public int batchSize() {
        return base.batchSize();
    }

    @Override
    public Duration standbyInterval() {
        return base.standbyInterval();
    }

    @Override
    public Duration maxBackoff() {
        return base.maxBackoff();
    }

    @Override
    public int topicPartitions() {
        return base.topicPartitions();
    }

    @Override
    public short topicReplicationFactor() {
        return base.topicReplicationFactor();
    }
}

package org.paradiplomacy.eventsourcing.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code observatory.outbox.*}). */
@ConfigMapping(prefix = "observatory.outbox")
public interface RelayConfig {

    /**
     * Whether the service publishes at all. Read at build time too: with {@code false} (analytics-service, which
     * has no event store) the relay, its health check, parked streams and publication endpoints are left out.
     */
    @WithDefault("true")
    boolean enabled();

    /** The CloudEvents {@code source} of every event this service publishes, such as {@code /actors-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /**
     * The address other systems reach this service at, to which {@code ce_dataschema} adds
     * {@code /schemas/<type>.json}: every event names a schema URL that resolves.
     */
    @WithDefault("http://localhost:${quarkus.http.port}")
    String schemaBaseUrl();

    /** How often the relay looks for newly committed events when it has nothing to do. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** How many events one round reads and publishes at most. */
    @WithDefault("500")
    int batchSize();

    /** How often a standby instance tries to take the lead. */
    @WithDefault("2s")
    Duration standbyInterval();

    /**
     * The largest record the relay sends ({@code max.request.size}); keep it within the broker's
     * {@code message.max.bytes}. An event over it parks its stream.
     */
    @WithDefault("1048576")
    int maxRecordBytes();

    /** The longest pause between retries while the broker or the database is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** Partitions of a topic the relay creates; a stream always maps to one partition, so order holds. */
    @WithDefault("3")
    int topicPartitions();

    @WithDefault("1")
    short topicReplicationFactor();
}

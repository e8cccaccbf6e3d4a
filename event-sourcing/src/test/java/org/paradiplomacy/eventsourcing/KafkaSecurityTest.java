package org.paradiplomacy.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaSecurityTest {

    private static final Map<String, Object> CLIENT = Map.of("bootstrap.servers", "kafka:9092", "acks", "all");

    @Test
    void withoutSettingsTheClientConnectsAsBefore() {
        assertThat(KafkaSecurity.withSecurity(CLIENT, key -> Optional.empty())).isEqualTo(CLIENT);
        assertThat(KafkaSecurity.withSecurity(CLIENT, key -> Optional.of("  "))).isEqualTo(CLIENT);
    }

    @Test
    void theConfiguredSaslSettingsReachTheClient() {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"actors-service\""
                + " password=\"secret\";";
        Map<String, String> config = Map.of(
                KafkaSecurity.SECURITY_PROTOCOL, "SASL_PLAINTEXT",
                KafkaSecurity.SASL_MECHANISM, "SCRAM-SHA-512",
                KafkaSecurity.SASL_JAAS_CONFIG, jaas);

        Map<String, Object> settings = KafkaSecurity.withSecurity(CLIENT, key -> Optional.ofNullable(config.get(key)));

        assertThat(settings).containsEntry("bootstrap.servers", "kafka:9092").containsEntry("acks", "all")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", jaas)
                .hasSize(5);
    }
}

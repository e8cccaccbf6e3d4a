package org.paradiplomacy.eventsourcing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How every Kafka client of the kernel (outbox producers and admin, subscriptions' consumers, dead-letter producers,
 * the publication check) authenticates to the brokers. Unset, the clients connect without authentication, as on
 * the local stack; on Kubernetes the brokers require SCRAM-SHA-512 and each service gets its KafkaUser's
 * credentials (docs/operations.md, "Kafka authentication and ACLs"):
 * <ul>
 * <li>{@code observatory.kafka.security-protocol} ({@code OBSERVATORY_KAFKA_SECURITY_PROTOCOL}): Kafka's
 * {@code security.protocol}, e.g. {@code SASL_PLAINTEXT} or {@code SASL_SSL};</li>
 * <li>{@code observatory.kafka.sasl-mechanism} ({@code OBSERVATORY_KAFKA_SASL_MECHANISM}): {@code sasl.mechanism},
 * e.g. {@code SCRAM-SHA-512};</li>
 * <li>{@code observatory.kafka.sasl-jaas-config} ({@code OBSERVATORY_KAFKA_SASL_JAAS_CONFIG}):
 * {@code sasl.jaas.config}, the login module line Strimzi writes into the KafkaUser's Secret.</li>
 * </ul>
 */
public final class KafkaSecurity {

    public static final String SECURITY_PROTOCOL = "observatory.kafka.security-protocol";
    public static final String SASL_MECHANISM = "observatory.kafka.sasl-mechanism";
    public static final String SASL_JAAS_CONFIG = "observatory.kafka.sasl-jaas-config";

    private static final Map<String, String> CLIENT_KEYS = Map.of(
            SECURITY_PROTOCOL, "security.protocol",
            SASL_MECHANISM, "sasl.mechanism",
            SASL_JAAS_CONFIG, "sasl.jaas.config");

    private KafkaSecurity() {
    }

    /** The client settings with the configured security settings added (the application's configuration). */
    public static Map<String, Object> withSecurity(Map<String, ?> settings) {
        return withSecurity(settings, key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** The client settings with the security settings {@code config} gives added; blank values count as unset. */
    public static Map<String, Object> withSecurity(Map<String, ?> settings, Function<String, Optional<String>> config) {
        Map<String, Object> all = new HashMap<>(settings);
        CLIENT_KEYS.forEach((property, clientKey) -> config.apply(property).map(String::strip)
                .filter(value -> !value.isEmpty()).ifPresent(value -> all.put(clientKey, value)));
        return all;
    }
}

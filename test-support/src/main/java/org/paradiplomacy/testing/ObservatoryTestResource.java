package org.paradiplomacy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts what a service's Quarkus tests need: one real Kafka broker for the test JVM and a fresh PostgreSQL
 * database named by the {@code database} argument, in containers or on the machine as {@link Infrastructure}
 * decides. Register it once per module with
 * {@code @QuarkusTestResource(value = ObservatoryTestResource.class, initArgs = @ResourceArg(name = "database", value = "..."))}.
 */
public class ObservatoryTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private String database;

    /** The broker of this test JVM, for tests that kill and restart it. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.start();
        }
        return broker;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("ObservatoryTestResource needs a 'database' argument");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", broker().bootstrapServers(),
                "quarkus.datasource.jdbc.url", PostgresDatabases.recreate(database),
                "quarkus.datasource.username", PostgresDatabases.user()));
        if (!PostgresDatabases.password().isEmpty()) {
            config.put("quarkus.datasource.password", PostgresDatabases.password());
        }
        return config;
    }

    @Override
    public void stop() {
        // The broker lives as long as the test JVM, so every test class shares it; its end is a shutdown hook's
        // (a broker process) or Testcontainers' (a container).
    }
}

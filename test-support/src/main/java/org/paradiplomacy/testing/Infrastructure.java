package org.paradiplomacy.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the tests' Kafka broker and PostgreSQL come from: containers started with Testcontainers when a Docker
 * engine is reachable, else a broker process and the machine's PostgreSQL. This is the one place that reads the
 * switch, system property {@value #PROPERTY} or environment variable {@value #ENVIRONMENT}: {@code auto} (the
 * default) decides by asking for an engine, {@code containers} and {@code local} force a side without asking.
 */
public enum Infrastructure {

    /** PostgreSQL and Kafka in containers, from the {@code postgres} and {@code apache/kafka} images. */
    CONTAINERS,

    /** The machine's PostgreSQL and a Kafka broker run as a child process from the build's jars. */
    LOCAL;

    public static final String PROPERTY = "observatory.test.infrastructure";
    public static final String ENVIRONMENT = "OBSERVATORY_TEST_INFRASTRUCTURE";

    private static final System.Logger LOG = System.getLogger(Infrastructure.class.getName());
    private static Infrastructure current;

    /** The choice for this JVM, made once, on first use. */
    public static synchronized Infrastructure current() {
        if (current == null) {
            String setting = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
            current = choose(setting, DockerEngine::reachable);
            String why = !normalized(setting).equals("auto") ? "forced by " + PROPERTY
                    : current == CONTAINERS ? "a Docker engine is reachable" : "no Docker engine is reachable";
            LOG.log(System.Logger.Level.INFO, "Test infrastructure: {0} ({1})",
                    current.name().toLowerCase(Locale.ROOT), why);
        }
        return current;
    }

    /**
     * Reads a setting ({@code null} or blank means {@code auto}, case does not matter); only {@code auto} asks
     * whether an engine is reachable.
     *
     * @throws IllegalArgumentException for any other value, naming the switch and the values it takes
     */
    static Infrastructure choose(String setting, BooleanSupplier engineReachable) {
        return switch (normalized(setting)) {
            case "auto" -> engineReachable.getAsBoolean() ? CONTAINERS : LOCAL;
            case "containers" -> CONTAINERS;
            case "local" -> LOCAL;
            default -> throw new IllegalArgumentException(PROPERTY + " (or " + ENVIRONMENT + ") is '" + setting
                    + "'; it takes auto (containers when a Docker engine is reachable, else local), containers"
                    + " or local");
        };
    }

    private static String normalized(String setting) {
        return setting == null || setting.isBlank() ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    }
}

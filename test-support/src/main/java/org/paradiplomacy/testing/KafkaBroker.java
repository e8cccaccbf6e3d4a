package org.paradiplomacy.testing;

/**
 * A real single-node Kafka broker for tests, which they may kill and restart to prove that nothing is lost during
 * an outage: after {@link #restart()} it serves on the same {@link #bootstrapServers()} with the same data.
 * {@link #start()} runs it in a container or as a child process, as {@link Infrastructure#current()} says.
 */
public interface KafkaBroker extends AutoCloseable {

    /** Starts a broker of its own for the caller; {@link ObservatoryTestResource#broker()} shares one per JVM. */
    static KafkaBroker start() {
        return switch (Infrastructure.current()) {
            case CONTAINERS -> ContainerKafkaBroker.start();
            case LOCAL -> ProcessKafkaBroker.start();
        };
    }

    /** {@code host:port} for Kafka clients; it does not change on a restart. */
    String bootstrapServers();

    boolean isRunning();

    /** Ends the broker abruptly, as a crash or an outage would; its data stays for {@link #restart()}. */
    void kill();

    /** Starts the broker again (killing it first if it runs) on the same address and data; returns once it serves. */
    void restart();

    /** Ends the broker for good. */
    @Override
    void close();
}

package org.paradiplomacy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker (KRaft), run as its own process from the jars the build copied into
 * {@code deploy/local/target/kafka-libs}: the same broker the local stack runs, so tests need no Docker engine
 * and can stop and restart it to prove that nothing is lost during an outage.
 */
final class ProcessKafkaBroker implements KafkaBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path libs;
    private final Path config;
    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private ProcessKafkaBroker(Path libs, Path config, Path workDir, int port, int controllerPort) {
        this.libs = libs;
        this.config = config;
        this.workDir = workDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh log directory on two free ports and starts the broker. */
    static ProcessKafkaBroker start() {
        BrokerSettings settings = BrokerSettings.load();
        try {
            ProcessKafkaBroker broker = new ProcessKafkaBroker(settings.libs(), settings.config(),
                    Files.createTempDirectory("kafka-broker"), FreePort.next(), FreePort.next());
            broker.format();
            broker.restart();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Ends the broker process abruptly, as a crash or an outage would; its data stays for {@link #restart()}. */
    @Override
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    /** Starts the broker again on the same ports and data, and waits until it serves. */
    @Override
    public void restart() {
        kill();
        try {
            Path log = workDir.resolve("broker.log");
            Files.deleteIfExists(log);
            process = java("kafka.Kafka", properties().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (!Files.exists(log) || !Files.readString(log).contains("Kafka Server started")) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka broker did not start; see " + log);
                }
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void format() throws IOException {
        Path file = workDir.resolve("server.properties");
        String base = Files.readString(config.resolve("server.properties"))
                .replace("127.0.0.1:9093", "127.0.0.1:" + controllerPort)
                .replace("127.0.0.1:9092", "127.0.0.1:" + port);
        Files.writeString(file, base + "\nlog.dirs=" + workDir.resolve("data") + "\n");
        try {
            // "--cluster-id=" because an id may start with '-', which would read as an option.
            Process format = java("kafka.tools.StorageTool", "format", "--standalone",
                    "--cluster-id=" + clusterId(), "-c", file.toString())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("format.log").toFile()).start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed; see " + workDir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path properties() {
        return workDir.resolve("server.properties");
    }

    /** A KRaft cluster id: 16 random bytes in URL-safe base64 without padding, as StorageTool makes them. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xms128m", "-Xmx384m",
                "-Dlog4j2.configurationFile=" + config.resolve("log4j2.properties"),
                "-cp", libs.resolve("*").toString(), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

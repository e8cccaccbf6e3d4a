package org.paradiplomacy.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.paradiplomacy.testing.PostgresDatabases;

/**
 * One packaged service running as its own process, on a free port, with a database of its own, verifying bearer
 * tokens against this JVM's {@link KeycloakServer} ({@code OBSERVATORY_OIDC_ISSUER}). A test can crash
 * it ({@link #kill()}) and start it again ({@link #restart()}) on the same port, database and environment.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Map<String, Path> PACKAGED = new HashMap<>();

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, ProcessBuilder builder, Path log) {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.log = log;
    }

    static ServiceProcess start(String name, String database, String bootstrapServers) {
        return start(name, PostgresDatabases.recreate(database), PostgresDatabases.user(), bootstrapServers);
    }

    /** Another replica of a running service: the same database, its own process and port. */
    static ServiceProcess replica(String name, String database, String bootstrapServers) {
        return start(name, PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(), bootstrapServers);
    }

    /** The service on a database it is given (an empty one is migrated at start), such as a PostgresCluster's. */
    static ServiceProcess start(String name, String jdbcUrl, String user, String bootstrapServers) {
        try {
            Path jar = packaged(name).resolve("quarkus-run.jar");
            int port = freePort();
            Path log = Files.createTempFile(name, ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            builder.environment().put("OBSERVATORY_OIDC_ISSUER", KeycloakServer.shared().issuer());
            ServiceProcess service = new ServiceProcess(name, port, builder, log);
            service.launch();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Ends the process abruptly (SIGKILL, as {@code kill -9}): no shutdown hooks, requests in flight cut off. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the service again, on the same port, database and environment, and waits until it is ready. */
    void restart() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Files.writeString(log, "%n--- restarted ---%n".formatted(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch();
    }

    private void launch() {
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient client = HttpClient.newHttpClient();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped; see " + log + ":\n" + Files.readString(log));
                }
                try {
                    return client.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A copy of the service as packaged, taken at its first start in this JVM: every start and restart runs that
     * same build, even if the module is packaged again meanwhile (which replaces its files under a running JVM).
     */
    private static synchronized Path packaged(String name) throws IOException {
        Path copy = PACKAGED.get(name);
        if (copy != null) {
            return copy;
        }
        Path root = Path.of(System.getProperty("observatory.root", ".."));
        Path app = root.resolve(name).resolve("target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app.resolve("quarkus-run.jar")
                    + " is missing: package the services first (mvn verify does)");
        }
        Path target = Files.createTempDirectory(name + "-app");
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, target.resolve(app.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
        PACKAGED.put(name, target);
        return target;
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.paradiplomacy.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak, one per test JVM, started at the first need of it and stopped when the JVM ends: the
 * distribution the build copied into {@code deploy/local/target/keycloak} (the one the local stack runs), unpacked
 * there once, with the committed realm {@code deploy/local/keycloak/observatory-realm.json} imported at start.
 *
 * <p>Each JVM's server has a home of its own (its own data, on a free port) that shares the unpacked libraries;
 * the first start of an unpacked distribution builds it (about a minute), later ones reuse that build. The realm's
 * access tokens live an hour; {@link #token(String)} and {@link #loaderToken()} get a new one when the one they
 * hold has less than two minutes left.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "observatory";
    /** The public client of the command line: password grants for the realm's users. */
    static final String CLI_CLIENT = "observatory-cli";
    /** The confidential client of the importer and the demo loader (client credentials, role editor). */
    static final String LOADER_CLIENT = "observatory-loader";
    static final String LOADER_SECRET = "observatory-loader-dev-secret";
    /** The realm's users and their development passwords. */
    static final Map<String, String> PASSWORDS = Map.of("editor", "editor-dev-password", "admin",
            "admin-dev-password", "reader", "reader-dev-password");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);
    private static KeycloakServer shared;

    private final Path home;
    private final Path log;
    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant expires) {
    }

    private KeycloakServer(Path home, Path log, int port, Process process) {
        this.home = home;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** This JVM's server, started by the first call and stopped when the JVM ends. */
    static synchronized KeycloakServer shared() {
        if (shared == null) {
            KeycloakServer server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            shared = server;
        }
        return shared;
    }

    /** The issuer the services verify tokens against ({@code OBSERVATORY_OIDC_ISSUER}). */
    String issuer() {
        return url() + "/realms/" + REALM;
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** What an importer or a demo loader run by a test needs to sign in as the loader client. */
    Map<String, String> loaderEnvironment() {
        return Map.of("OBSERVATORY_OIDC_ISSUER", issuer(), "OBSERVATORY_CLIENT_ID", LOADER_CLIENT,
                "OBSERVATORY_CLIENT_SECRET", LOADER_SECRET);
    }

    /** An access token of one of the realm's users (editor, admin, reader), renewed when near expiry. */
    synchronized String token(String user) {
        String password = PASSWORDS.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no user " + user + " in the realm; there are " + PASSWORDS.keySet());
        }
        return cached("user:" + user, () -> Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                "username", user, "password", password));
    }

    /** An access token of the loader client's service account (role editor), renewed when near expiry. */
    synchronized String loaderToken() {
        return cached("client:" + LOADER_CLIENT, () -> Map.of("grant_type", "client_credentials",
                "client_id", LOADER_CLIENT, "client_secret", LOADER_SECRET));
    }

    String adminToken() {
        return token("admin");
    }

    /** {@code Bearer <admin token>}: what the system tests send by default. */
    String adminAuthorization() {
        return "Bearer " + adminToken();
    }

    private String cached(String key, java.util.function.Supplier<Map<String, String>> form) {
        Token held = tokens.get(key);
        if (held != null && Instant.now().plus(RENEW_BEFORE).isBefore(held.expires())) {
            return held.value();
        }
        Token fresh = requestToken(form.get());
        tokens.put(key, fresh);
        return fresh.value();
    }

    /** A token for the form's grant, or an exception naming Keycloak's answer. */
    private Token requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            Instant asked = Instant.now();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + form.get("grant_type") + ", "
                        + form.getOrDefault("username", form.get("client_id")) + "): " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode answer = JsonApi.JSON.readTree(response.body());
            return new Token(answer.path("access_token").asText(),
                    asked.plusSeconds(answer.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new UncheckedIOException("no token from " + tokenEndpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeycloakServer start() {
        Path root = Path.of(System.getProperty("observatory.root", "..")).toAbsolutePath().normalize();
        Path archives = root.resolve("deploy/local/target/keycloak");
        Path realm = root.resolve("deploy/local/keycloak/observatory-realm.json");
        try {
            Path archive = newestArchive(archives);
            String version = archive.getFileName().toString().replace("keycloak-quarkus-dist-", "")
                    .replace(".tar.gz", "");
            Path lockFile = archives.resolve(".start.lock");
            // One JVM at a time unpacks, builds and starts: the first start writes the build that later ones reuse.
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Path dist = unpacked(archive, archives.resolve("keycloak-" + version));
                Path home = Files.createTempDirectory("keycloak");
                for (String shared : List.of("lib", "themes", "providers")) {
                    Files.createSymbolicLink(home.resolve(shared), dist.resolve(shared));
                }
                copyTree(dist.resolve("bin"), home.resolve("bin"));
                copyTree(dist.resolve("conf"), home.resolve("conf"));
                Files.createDirectories(home.resolve("data/import"));
                Files.copy(realm, home.resolve("data/import/observatory-realm.json"));
                int port = freePort();
                Path log = home.resolve("keycloak.log");
                ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm")
                        .directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
                builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
                KeycloakServer server = new KeycloakServer(home, log, port, builder.start());
                server.awaitReady();
                return server;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newestArchive(Path archives) throws IOException {
        if (!Files.isDirectory(archives)) {
            throw new IllegalStateException(archives + " is missing: build deploy/local first (mvn verify does; it "
                    + "copies the Keycloak distribution there)");
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(f -> f.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.tar\\.gz"))
                    .max(Comparator.comparing(Path::getFileName)).orElseThrow(() -> new IllegalStateException(
                            "no keycloak-quarkus-dist-*.tar.gz in " + archives + ": build deploy/local first"));
        }
    }

    /** The distribution unpacked once into {@code dist} (with tar, as the local stack does). */
    private static Path unpacked(Path archive, Path dist) throws IOException {
        if (Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            return dist;
        }
        Path partial = dist.resolveSibling(dist.getFileName() + ".partial");
        delete(partial);
        Files.createDirectories(partial);
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", partial.toString(),
                "--strip-components=1").redirectErrorStream(true).start();
        try {
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("unpacking " + archive + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Files.move(partial, dist, StandardCopyOption.ATOMIC_MOVE);
        return dist;
    }

    private void awaitReady() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped; see " + log + ":\n" + Files.readString(log));
                }
                try {
                    return http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops the server (kc.sh and the JVM it runs) and deletes its home. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        delete(home);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            // Files.walk does not follow the symbolic links to the shared distribution: only the links go.
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

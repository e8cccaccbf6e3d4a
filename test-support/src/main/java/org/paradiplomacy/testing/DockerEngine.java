package org.paradiplomacy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine is reachable, answered quickly. Testcontainers' own check takes about a quarter of a
 * second without an engine and, on JDK 24 and newer, loads a native library with a warning on the console; so it
 * is asked only when something points at an engine: {@code DOCKER_HOST} or a {@code TESTCONTAINERS_*} variable,
 * a {@code ~/.testcontainers.properties} file, Windows, or one of the sockets where Testcontainers looks.
 */
final class DockerEngine {

    private DockerEngine() {
    }

    static boolean reachable() {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return testcontainersFindsOne(); // its named pipe is not a file to look for
        }
        return reachable(env, home, sockets(env, home), DockerEngine::testcontainersFindsOne);
    }

    /** Asks {@code testcontainers} only when the environment, the home folder or a socket hints at an engine. */
    static boolean reachable(Map<String, String> env, Path home, List<Path> sockets, BooleanSupplier testcontainers) {
        boolean hinted = !env.getOrDefault("DOCKER_HOST", "").isBlank()
                || env.keySet().stream().anyMatch(name -> name.startsWith("TESTCONTAINERS_"))
                || Files.exists(home.resolve(".testcontainers.properties"))
                || sockets.stream().anyMatch(Files::exists);
        return hinted && testcontainers.getAsBoolean();
    }

    /** The sockets Testcontainers tries on Linux and macOS: the system's, rootless Docker's, Docker Desktop's. */
    static List<Path> sockets(Map<String, String> env, Path home) {
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"), home.resolve(".docker/desktop/docker.sock")));
        String runtimeDir = env.getOrDefault("XDG_RUNTIME_DIR", "");
        if (!runtimeDir.isBlank()) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            sockets.add(Path.of("/run/user", uid.toString(), "docker.sock"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not Linux: no per-user runtime folder to look in
        }
        return sockets;
    }

    private static boolean testcontainersFindsOne() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}

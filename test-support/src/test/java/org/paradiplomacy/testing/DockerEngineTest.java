package org.paradiplomacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Testcontainers is asked about an engine only when something points at one, so the answer without one is instant. */
class DockerEngineTest {

    @TempDir
    Path home;

    private final AtomicInteger asked = new AtomicInteger();

    private BooleanSupplier testcontainersAnswering(boolean answer) {
        return () -> {
            asked.incrementAndGet();
            return answer;
        };
    }

    @Test
    void withNothingPointingAtAnEngineTestcontainersIsNotAsked() {
        List<Path> sockets = List.of(home.resolve("docker.sock"));

        assertFalse(DockerEngine.reachable(Map.of(), home, sockets, testcontainersAnswering(true)));
        assertEquals(0, asked.get());
    }

    @Test
    void aDockerHostIsCheckedByTestcontainers() {
        Map<String, String> env = Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375");

        assertFalse(DockerEngine.reachable(env, home, List.of(), testcontainersAnswering(false)));
        assertTrue(DockerEngine.reachable(env, home, List.of(), testcontainersAnswering(true)));
        assertEquals(2, asked.get());
    }

    @Test
    void aSocketFileOrTestcontainersSettingsAreCheckedByTestcontainers() throws IOException {
        Path socket = Files.createFile(home.resolve("docker.sock"));
        assertFalse(DockerEngine.reachable(Map.of(), home, List.of(socket), testcontainersAnswering(false)));

        Files.delete(socket);
        Files.createFile(home.resolve(".testcontainers.properties"));
        assertTrue(DockerEngine.reachable(Map.of(), home, List.of(socket), testcontainersAnswering(true)));
        assertEquals(2, asked.get());
    }

    @Test
    void theSocketsLookedAtIncludeTheRuntimeFolderOnes() {
        List<Path> sockets = DockerEngine.sockets(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home);

        assertTrue(sockets.contains(Path.of("/var/run/docker.sock")), sockets::toString);
        assertTrue(sockets.contains(Path.of("/run/user/1000/docker.sock")), sockets::toString);
        assertTrue(sockets.contains(home.resolve(".docker/run/docker.sock")), sockets::toString);
    }
}

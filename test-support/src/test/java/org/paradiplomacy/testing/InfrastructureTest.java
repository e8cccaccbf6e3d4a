package org.paradiplomacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The switch {@code observatory.test.infrastructure}: auto asks for a Docker engine, the others force a side. */
class InfrastructureTest {

    private static final BooleanSupplier NO_ENGINE = () -> false;
    private static final BooleanSupplier AN_ENGINE = () -> true;
    private static final BooleanSupplier NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("a forced choice must not look for an engine");
    };

    @Test
    void autoPicksTheLocalBrokerAndDatabaseWhenNoEngineIsReachable() {
        assertEquals(Infrastructure.LOCAL, Infrastructure.choose("auto", NO_ENGINE));
    }

    @Test
    void autoPicksContainersWhenAnEngineIsReachable() {
        assertEquals(Infrastructure.CONTAINERS, Infrastructure.choose("auto", AN_ENGINE));
    }

    @Test
    void anUnsetOrBlankSwitchMeansAuto() {
        assertEquals(Infrastructure.LOCAL, Infrastructure.choose(null, NO_ENGINE));
        assertEquals(Infrastructure.CONTAINERS, Infrastructure.choose(" ", AN_ENGINE));
    }

    @Test
    void localForcesTheLocalSideWithoutLookingForAnEngine() {
        assertEquals(Infrastructure.LOCAL, Infrastructure.choose("local", NOT_TO_BE_ASKED));
        assertEquals(Infrastructure.LOCAL, Infrastructure.choose(" LOCAL ", NOT_TO_BE_ASKED));
    }

    @Test
    void containersForcesContainersWithoutLookingForAnEngine() {
        assertEquals(Infrastructure.CONTAINERS, Infrastructure.choose("containers", NOT_TO_BE_ASKED));
    }

    @Test
    void anUnknownValueIsRefusedNamingTheSwitchAndItsValues() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Infrastructure.choose("docker", NOT_TO_BE_ASKED));
        assertEquals("observatory.test.infrastructure (or OBSERVATORY_TEST_INFRASTRUCTURE) is 'docker'; it takes"
                + " auto (containers when a Docker engine is reachable, else local), containers or local",
                refused.getMessage());
    }

    @Test
    void thisMachineAnswersTheEngineQuestionWithinSeconds() {
        long started = System.nanoTime();
        DockerEngine.reachable();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 15_000, () -> "looking for a Docker engine took " + millis + " ms");
    }
}

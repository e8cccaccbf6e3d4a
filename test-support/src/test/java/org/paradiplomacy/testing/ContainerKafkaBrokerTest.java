package org.paradiplomacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** The container broker is set up like the local stack's broker, at the Kafka version of the project's clients. */
class ContainerKafkaBrokerTest {

    private final BrokerSettings settings = BrokerSettings.load();

    @Test
    void theImageIsApacheKafkaAtTheVersionOfTheClients() {
        assertEquals("apache/kafka:" + AppInfoParser.getVersion(), settings.image());
    }

    @Test
    void theLocalStacksBrokerSettingsBecomeImageVariables() {
        Map<String, String> environment = ContainerKafkaBroker.environment(settings.serverProperties());

        assertEquals("3", environment.get("KAFKA_NUM_PARTITIONS"));
        assertEquals("-1", environment.get("KAFKA_LOG_RETENTION_MS"));
        assertEquals("0", environment.get("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"));
        assertEquals("1", environment.get("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR"));
    }

    @Test
    void listenersRolesAndQuorumAreLeftToTheContainer() {
        Map<String, String> environment = ContainerKafkaBroker.environment(settings.serverProperties());

        for (String name : new String[] {"KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS", "KAFKA_PROCESS_ROLES",
                "KAFKA_NODE_ID", "KAFKA_CONTROLLER_QUORUM_BOOTSTRAP_SERVERS", "KAFKA_CONTROLLER_LISTENER_NAMES",
                "KAFKA_INTER_BROKER_LISTENER_NAME", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"}) {
            assertFalse(environment.containsKey(name), name);
        }
    }

    @Test
    void dashesAndUnderscoresInNamesAreSpelledAsTheImageExpects() {
        Properties server = new Properties();
        server.setProperty("a.b-c.d_e", "x");

        assertEquals(Map.of("KAFKA_A_B___C_D__E", "x"), ContainerKafkaBroker.environment(server));
    }
}

package org.paradiplomacy.testing;

import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A single-node Kafka broker in an {@code apache/kafka} container, configured like the local stack's broker.
 * Docker gives a restarted container new random host ports, so the broker's port is bound to a host port chosen
 * up front; {@link #kill()} kills the container (its file system, and so its data, stays) and {@link #restart()}
 * starts the same container again, which serves on the same address with the same topics and offsets.
 */
final class ContainerKafkaBroker implements KafkaBroker {

    private static final int KAFKA_PORT = 9092;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    /** Listeners, roles and quorum are KafkaContainer's business; log.dirs stays inside the container. */
    private static final Set<String> SET_BY_THE_CONTAINER = Set.of("process.roles", "node.id",
            "controller.quorum.bootstrap.servers", "controller.quorum.voters", "listeners", "advertised.listeners",
            "controller.listener.names", "inter.broker.listener.name", "listener.security.protocol.map", "log.dirs");

    private final KafkaContainer container;
    private final String bootstrapServers;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
        this.bootstrapServers = container.getBootstrapServers();
    }

    static ContainerKafkaBroker start() {
        BrokerSettings settings = BrokerSettings.load();
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(settings.image()))
                .withEnv(environment(settings.serverProperties()))
                .withEnv("KAFKA_HEAP_OPTS", "-Xms128m -Xmx384m");
        // On a remote engine this port is only likely to be free there too; a clash fails the start, loudly.
        container.setPortBindings(List.of(FreePort.next() + ":" + KAFKA_PORT));
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public void kill() {
        if (isRunning()) {
            docker().killContainerCmd(container.getContainerId()).exec();
            docker().waitContainerCmd(container.getContainerId()).start()
                    .awaitStatusCode(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public void restart() {
        kill();
        docker().startContainerCmd(container.getContainerId()).exec();
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin client = Admin.create(admin)) {
            await("the Kafka container serving again on " + bootstrapServers)
                    .atMost(START_TIMEOUT)
                    .failFast(() -> {
                        if (!isRunning()) {
                            throw new IllegalStateException("The Kafka container exited; its log:\n"
                                    + container.getLogs());
                        }
                    })
                    .ignoreExceptions()
                    .until(() -> !client.describeCluster().nodes().get().isEmpty());
        }
    }

    @Override
    public void close() {
        container.stop();
    }

    /** The apache/kafka image reads {@code KAFKA_*} variables, '.' spelled '_', '_' spelled "__" and '-' "___". */
    static Map<String, String> environment(Properties server) {
        Map<String, String> environment = new HashMap<>();
        for (String key : server.stringPropertyNames()) {
            if (!SET_BY_THE_CONTAINER.contains(key)) {
                String name = key.replace("_", "__").replace("-", "___").replace('.', '_').toUpperCase(Locale.ROOT);
                environment.put("KAFKA_" + name, server.getProperty(key).trim());
            }
        }
        return environment;
    }

    private DockerClient docker() {
        return container.getDockerClient();
    }
}

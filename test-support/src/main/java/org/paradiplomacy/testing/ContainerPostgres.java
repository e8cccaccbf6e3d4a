package org.paradiplomacy.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL 15, the version on the build machines, in a container for the test JVM, with the role the tests
 * use locally and trust authentication like the machines' local connections: services that are given only a URL
 * and a user name (system-tests starts them so) connect as they do to the local server. Testcontainers removes
 * the container when the JVM ends.
 */
final class ContainerPostgres {

    static final String IMAGE = "postgres:15";

    private ContainerPostgres() {
    }

    static DatabaseServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(IMAGE))
                .withDatabaseName("postgres")
                .withUsername("root")
                .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
        container.start();
        return new DatabaseServer(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getUsername(), container.getPassword());
    }
}

package org.paradiplomacy.system;

import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.testing.KafkaBroker;
import org.paradiplomacy.testing.PostgresCluster;

/**
 * The three packaged services and a broker of their own, each service with a fresh database: on the machine's
 * PostgreSQL, or on a {@link PostgresCluster} of the test's own (which a test may crash and restart). The services
 * verify tokens against the JVM's one {@link KeycloakServer}, and RestAssured sends the admin's token by default
 * ({@link DefaultAuthorization}).
 */
final class Observatory implements AutoCloseable {

    private final KafkaBroker broker;
    private final ServiceProcess actors;
    private final ServiceProcess agreements;
    private final ServiceProcess analytics;

    private Observatory(KafkaBroker broker, ServiceProcess actors, ServiceProcess agreements, ServiceProcess analytics) {
        this.broker = broker;
        this.actors = actors;
        this.agreements = agreements;
        this.analytics = analytics;
    }

    /** Starts it all; the suffix keeps one test class's databases apart from another's. */
    static Observatory start(String databaseSuffix) {
        DefaultAuthorization.install(KeycloakServer.shared());
        KafkaBroker broker = KafkaBroker.start();
        ServiceProcess actors = ServiceProcess.start("actors-service", "observatory_actors_" + databaseSuffix,
                broker.bootstrapServers());
        ServiceProcess agreements = ServiceProcess.start("agreements-service",
                "observatory_agreements_" + databaseSuffix, broker.bootstrapServers());
        ServiceProcess analytics = ServiceProcess.start("analytics-service", "observatory_analytics_" + databaseSuffix,
                broker.bootstrapServers());
        return new Observatory(broker, actors, agreements, analytics);
    }

    /** Starts it all with the services' databases on the given cluster, which stays the caller's to close. */
    static Observatory startOn(PostgresCluster cluster) {
        DefaultAuthorization.install(KeycloakServer.shared());
        KafkaBroker broker = KafkaBroker.start();
        ServiceProcess actors = onCluster(cluster, "actors-service", "observatory_actors", broker);
        ServiceProcess agreements = onCluster(cluster, "agreements-service", "observatory_agreements", broker);
        ServiceProcess analytics = onCluster(cluster, "analytics-service", "observatory_analytics", broker);
        return new Observatory(broker, actors, agreements, analytics);
    }

    private static ServiceProcess onCluster(PostgresCluster cluster, String service, String database,
            KafkaBroker broker) {
        return ServiceProcess.start(service, cluster.createDatabase(database), cluster.user(),
                broker.bootstrapServers());
    }

    KafkaBroker broker() {
        return broker;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    ServiceProcess actors() {
        return actors;
    }

    ServiceProcess agreements() {
        return agreements;
    }

    ServiceProcess analytics() {
        return analytics;
    }

    /** The identity provider the services trust: tokens of the realm's users and of the loader client. */
    KeycloakServer identityProvider() {
        return KeycloakServer.shared();
    }

    /** A client of the write services as the importer and the demo loader are: signed in as the loader client. */
    ObservatoryClient loaderClient() {
        return new ObservatoryClient(actors.url(), agreements.url(),
                ClientCredentials.fromEnvironment(identityProvider().loaderEnvironment(), null));
    }

    @Override
    public void close() {
        for (AutoCloseable part : new AutoCloseable[] {analytics, agreements, actors, broker}) {
            try {
                part.close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }
}

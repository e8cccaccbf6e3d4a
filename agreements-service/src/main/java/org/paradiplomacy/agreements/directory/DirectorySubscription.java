package org.paradiplomacy.agreements.directory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paradiplomacy.eventsourcing.consume.EventSubscription;
import org.paradiplomacy.eventsourcing.consume.SubscriptionStatus;

/** Keeps the directory of actors following the actors topic, from its beginning on a fresh database. */
@ApplicationScoped
public class DirectorySubscription {

    public static final String NAME = "agreements-service.directory";
    public static final String ACTORS_TOPIC = "paradiplomacy.actors.v1";

    private final EventSubscription subscription;

    public DirectorySubscription(ActorDirectory directory, AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.subscription = new EventSubscription(NAME, List.of(ACTORS_TOPIC), directory::apply, dataSource,
                bootstrapServers);
    }

    void onStart(@Observes StartupEvent event) {
        subscription.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        subscription.stop();
    }

    public SubscriptionStatus status() {
        return subscription.status();
    }
}

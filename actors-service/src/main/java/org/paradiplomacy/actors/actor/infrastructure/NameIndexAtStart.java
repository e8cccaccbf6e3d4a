package org.paradiplomacy.actors.actor.infrastructure;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Indexes, once, the names of the actors the read model kept before it indexed names (the door check looks names
 * up there): the key is computed in Java (Unicode decomposition), which a SQL migration cannot do the same way.
 */
@ApplicationScoped
public class NameIndexAtStart {

    private static final Logger LOG = Logger.getLogger(NameIndexAtStart.class);

    void index(@Observes StartupEvent start, ActorReadModel readModel) {
        int total = 0;
        for (int indexed = readModel.indexMissingNames(500); indexed > 0; indexed = readModel.indexMissingNames(500)) {
            total += indexed;
        }
        if (total > 0) {
            LOG.infof("Indexed the names of %d actors for the duplicate check", total);
        }
    }
}

package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The clock the rules read "today" from. Its zone is UTC+14, where each date begins first: a date counts as "in
 * the future" only once it is in the future everywhere, so a signing in Beijing at 07:00 on its day is accepted.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.system(ZoneOffset.ofHours(14));
    }
}

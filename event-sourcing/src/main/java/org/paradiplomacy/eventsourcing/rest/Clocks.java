package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the rules read "today" from: UTC, replaceable in tests by a bean of their own. */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}

package org.paradiplomacy.actors.actor.model;

import java.time.LocalDate;

/** An actor's membership of a network or forum, from {@code since} until {@code until} (open while null). */
public record Membership(String networkId, String role, LocalDate since, LocalDate until) {

    public boolean activeOn(LocalDate date) {
        return !since.isAfter(date) && (until == null || until.isAfter(date));
    }

    public boolean open() {
        return until == null;
    }
}

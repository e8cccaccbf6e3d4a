package org.paradiplomacy.eventsourcing.rest;

/** A model of an event-sourced record: its id and its version, which is its ETag. */
public interface Versioned {

    String id();

    long version();
}

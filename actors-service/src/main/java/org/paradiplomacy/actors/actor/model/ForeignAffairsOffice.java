package org.paradiplomacy.actors.actor.model;

/** The office that runs an actor's international relations (every Chinese city has one). */
public record ForeignAffairsOffice(String name, String website, String email) {
}

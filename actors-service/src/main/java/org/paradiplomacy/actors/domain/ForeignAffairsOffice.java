package org.paradiplomacy.actors.domain;

/** The office that runs an actor's international relations (every Chinese city has one). */
public record ForeignAffairsOffice(String name, String website, String email) {
}

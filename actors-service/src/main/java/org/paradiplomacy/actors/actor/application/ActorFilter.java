package org.paradiplomacy.actors.actor.application;

/** What a list of actors is narrowed to; every part is optional. */
public record ActorFilter(String country, String subdivision, String m49, String kind, String network, String parent,
        String name, boolean includeRetired) {
}

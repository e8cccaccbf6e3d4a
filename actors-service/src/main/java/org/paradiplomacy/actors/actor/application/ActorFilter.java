package org.paradiplomacy.actors.actor.application;

/**
 * What a list of actors is narrowed to; every part is optional. Merged actors are never listed (their survivor
 * is); withdrawn ones only with {@code withdrawn}; {@code unplaced} keeps the cities, districts and provinces
 * with coordinates and a country but no subdivision.
 */
public record ActorFilter(String country, String subdivision, String m49, String kind, String network, String parent,
        String name, boolean includeRetired, boolean withdrawn, boolean unplaced) {
}

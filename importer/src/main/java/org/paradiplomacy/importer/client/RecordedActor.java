package org.paradiplomacy.importer.client;

import java.util.List;

/** An actor actors-service holds: its id, kind, place and every name it is known by (names and aliases). */
public record RecordedActor(String id, String kind, String country, String subdivision, List<String> names) {
}

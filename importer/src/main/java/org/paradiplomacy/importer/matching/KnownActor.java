package org.paradiplomacy.importer.matching;

import java.util.List;

/** An actor already recorded: its id, where it is (its coordinates, if recorded), and every name it is known by. */
public record KnownActor(String id, String country, String subdivision, Point location, List<String> names) {
}

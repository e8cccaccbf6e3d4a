package org.paradiplomacy.importer.matching;

import java.util.List;

/** An actor already recorded: its id, where it is, and every name and alias it is known by. */
public record KnownActor(String id, String country, String subdivision, List<String> names) {
}

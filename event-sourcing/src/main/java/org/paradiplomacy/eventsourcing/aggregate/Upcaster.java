package org.paradiplomacy.eventsourcing.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * Rewrites a stored event's payload from one schema version to the next, so that events recorded before a
 * change of their record read as the current one. The store is never rewritten: events keep the version they
 * were recorded with, and are published with it.
 */
public record Upcaster(String eventType, int fromVersion, UnaryOperator<ObjectNode> step) {
}

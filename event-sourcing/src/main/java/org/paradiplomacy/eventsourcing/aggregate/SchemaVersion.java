package org.paradiplomacy.eventsourcing.aggregate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version of an event record, when it is above 1. A new version is for a change old readers cannot
 * take (a field removed, renamed or retyped); it needs an {@link Upcaster} from every earlier version, so events
 * stored before the change still read as the current record. Adding an optional field is not a new version.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {

    int value();
}

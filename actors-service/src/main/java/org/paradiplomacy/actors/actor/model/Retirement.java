package org.paradiplomacy.actors.actor.model;

import java.time.LocalDate;

/** When and why an actor was retired, and the actor it was merged into, if any. */
public record Retirement(RetirementReason reason, String mergedInto, LocalDate effectiveOn) {
}

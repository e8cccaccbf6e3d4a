package org.paradiplomacy.actors.rest.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.domain.RetirementReason;

@Schema(name = "Retirement", description = "Why and when an actor stopped acting; a retired actor no longer changes.")
public record RetirementModel(
        @Schema(description = "merged or dissolved", examples = "merged") RetirementReason reason,
        @Schema(description = "The actor it was merged into") String mergedInto,
        @Schema(description = "The day it took effect", examples = "2018-09-06") LocalDate effectiveOn) {
}

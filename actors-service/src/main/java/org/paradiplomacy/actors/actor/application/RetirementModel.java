package org.paradiplomacy.actors.actor.application;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Retirement;
import org.paradiplomacy.actors.actor.model.RetirementReason;

@Schema(name = "Retirement", description = "Why and when an actor stopped acting; a retired actor no longer changes.")
public record RetirementModel(
        @Schema(description = "merged or dissolved", examples = "merged") RetirementReason reason,
        @Schema(description = "The actor it was merged into") String mergedInto,
        @Schema(description = "The day it took effect", examples = "2018-09-06") LocalDate effectiveOn) {

    public static RetirementModel of(Retirement retirement) {
        return retirement == null ? null
                : new RetirementModel(retirement.reason(), retirement.mergedInto(), retirement.effectiveOn());
    }
}

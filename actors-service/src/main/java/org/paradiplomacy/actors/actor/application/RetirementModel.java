package org.paradiplomacy.actors.actor.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Retirement;
import org.paradiplomacy.actors.actor.model.RetirementReason;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Retirement", description = "Why and when an actor stopped acting; a retired actor no longer changes.")
public record RetirementModel(
        @Schema(description = "merged or dissolved", examples = "merged") RetirementReason reason,
        @Schema(description = "The actor it was merged into") String mergedInto,
        @Schema(description = "When it took effect, as given: YYYY, YYYY-MM or YYYY-MM-DD", examples = "2018-09-06")
        PartialDate effectiveOn,
        @Schema(description = "The sources of the retirement") List<Source> sources,
        @Schema(description = "Whether any source is given for it") boolean sourced) {

    public RetirementModel {
        sources = sources == null ? List.of() : sources;
    }

    public static RetirementModel of(Retirement retirement) {
        return retirement == null ? null
                : new RetirementModel(retirement.reason(), retirement.mergedInto(), retirement.effectiveOn(),
                        retirement.sources(), Sources.any(retirement.sources()));
    }
}

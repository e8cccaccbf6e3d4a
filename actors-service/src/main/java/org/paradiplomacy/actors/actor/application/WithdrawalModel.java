package org.paradiplomacy.actors.actor.application;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Withdrawal", description = "The actor was recorded in error: it counts in no figure at any date, takes"
        + " no further command and stays readable with its history.")
public record WithdrawalModel(
        @Schema(description = "Why it was recorded in error", examples = "not a subnational government") String reason,
        @Schema(description = "When the withdrawal was recorded") Instant withdrawnAt,
        @Schema(description = "Who withdrew it: the principal of the request (the editor's user name, or the client"
                + " id of a service account)", examples = "editor") String by,
        @Schema(description = "The sources of the withdrawal") List<Source> sources,
        @Schema(description = "Whether any source is given for it") boolean sourced) {

    public WithdrawalModel {
        sources = sources == null ? List.of() : sources;
    }

    public static WithdrawalModel of(String reason, Instant at, String by, List<Source> sources) {
        return new WithdrawalModel(reason, at, by, sources, Sources.any(sources));
    }
}

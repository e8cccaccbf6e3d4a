package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "WithdrawalRequest", description = "The record was made in error: it leaves every figure at every date"
        + " (it never happened) and stays readable with its history, who withdrew it and why.")
public record WithdrawalRequest(
        @Schema(description = "Why it was recorded in error: 1 to " + ActorLimits.REASON + " characters",
                required = true, maxLength = ActorLimits.REASON, examples = "recorded in error: not a subnational government")
        String reason,
        @Schema(description = "Where the withdrawal comes from: at most " + Sources.PER_RECORD + " sources, each with at"
                + " least a title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "MergeActorRequest", description = "This actor is a duplicate: the same body recorded twice. The"
        + " survivor stands for both from the start (every figure, at every date, counts the duplicate's records as"
        + " the survivor's); the duplicate takes no further command and its id answers 308 to the survivor.")
public record MergeActorRequest(
        @Schema(description = "The actor that stands for both: another actor of the same kind, neither merged nor"
                + " withdrawn (a survivor that was itself merged is refused: merge into its survivor)",
                required = true, maxLength = ActorLimits.ID, examples = "5f0c7a8e-1b2c-4d3e-9f40-123456789abc")
        String survivorId,
        @Schema(description = "Why, if worth saying: at most " + ActorLimits.REASON + " characters",
                maxLength = ActorLimits.REASON, examples = "recorded twice") String reason,
        @Schema(description = "Where the merge comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

package org.paradiplomacy.actors.actor.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.application.NamesModel;

@Schema(name = "RenameActorRequest", description = "A new name, in effect from a date; the state as of an earlier date keeps the old name.")
public record RenameActorRequest(
        @Schema(required = true) NamesModel names,
        @Schema(description = "The day the new name took effect", required = true, examples = "2018-09-06") LocalDate effectiveOn) {
}

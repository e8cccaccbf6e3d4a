package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.domain.ActorLimits;

@Schema(name = "Names", description = "An actor's name in English (required) and, where known, in Spanish, Portuguese and Chinese.")
public record NamesModel(
        @Schema(description = "English name", required = true, maxLength = ActorLimits.NAME, examples = "Wuhan") String en,
        @Schema(description = "Spanish name", maxLength = ActorLimits.NAME, examples = "Wuhan") String es,
        @Schema(description = "Portuguese name", maxLength = ActorLimits.NAME, examples = "Wuhan") String pt,
        @Schema(description = "Chinese name", maxLength = ActorLimits.NAME, examples = "武汉市") String zh) {
}

package org.paradiplomacy.actors.actor.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.actors.actor.model.Names;

@Schema(name = "Names", description = "An actor's name in English (required) and, where known, in Spanish, Portuguese and Chinese.")
public record NamesModel(
        @Schema(description = "English name", required = true, maxLength = ActorLimits.NAME, examples = "Wuhan") String en,
        @Schema(description = "Spanish name", maxLength = ActorLimits.NAME, examples = "Wuhan") String es,
        @Schema(description = "Portuguese name", maxLength = ActorLimits.NAME, examples = "Wuhan") String pt,
        @Schema(description = "Chinese name", maxLength = ActorLimits.NAME, examples = "武汉市") String zh) {

    public static NamesModel of(Names names) {
        return new NamesModel(names.en(), names.es(), names.pt(), names.zh());
    }

    public Names toDomain() {
        return new Names(en, es, pt, zh);
    }
}

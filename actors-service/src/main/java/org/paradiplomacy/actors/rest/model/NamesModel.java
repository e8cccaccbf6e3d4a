package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Names", description = "An actor's name in English (required) and, where known, in Spanish, Portuguese and Chinese.")
public record NamesModel(
        @Schema(description = "English name", required = true, examples = "Wuhan") String en,
        @Schema(description = "Spanish name", examples = "Wuhan") String es,
        @Schema(description = "Portuguese name", examples = "Wuhan") String pt,
        @Schema(description = "Chinese name", examples = "武汉市") String zh) {
}

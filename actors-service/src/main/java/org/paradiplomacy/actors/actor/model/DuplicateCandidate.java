package org.paradiplomacy.actors.actor.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live actor (neither merged nor withdrawn) that a registration likely duplicates, and the name it matched. */
@Schema(name = "DuplicateCandidate", description = "An existing actor a registration likely duplicates.")
public record DuplicateCandidate(
        @Schema(description = "Its id: give it in distinctFrom if the new actor is another body",
                examples = "5f0c7a8e-1b2c-4d3e-9f40-123456789abc") String actorId,
        @Schema(description = "Its English name", examples = "Wuhan") String name,
        @Schema(description = "Its kind: the same as the new actor's", examples = "city") ActorKind kind,
        @Schema(description = "Its country: the same as the new actor's", examples = "CN") String country,
        @Schema(description = "Its subdivision, if it has one", examples = "CN-HB") String subdivision,
        @Schema(description = "Its name or alias, as recorded, that matches one of the new actor's once case,"
                + " accents, punctuation and spaces are ignored", examples = "Wu-han") String matched) {
}

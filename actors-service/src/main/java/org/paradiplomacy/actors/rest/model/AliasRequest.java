package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AliasRequest", description = "Another spelling of the actor's name.")
public record AliasRequest(
        @Schema(required = true, examples = "Xian") String alias) {
}

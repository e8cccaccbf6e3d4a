package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "RemoveAliasRequest", description = "Optional: the sources that show the alias is wrong.")
public record RemoveAliasRequest(
        @Schema(description = "Why the alias goes: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url", maxItems = Sources.PER_RECORD)
        List<Source> sources) {
}

package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.application.ActorModel;

@Schema(name = "ActorPage", description = "One page of actors matching a query, with the total number of matches.")
public record ActorPage(
        @Schema(description = "The actors on this page, by English name") List<ActorModel> items,
        @Schema(description = "The page number, from 0", examples = "0") int page,
        @Schema(description = "The page size", examples = "20") int size,
        @Schema(description = "How many actors match in all", examples = "42") long total) {
}

package org.paradiplomacy.analytics.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.Source;

/**
 * One record behind a figure: an agreement, mission, conference or statement as the statistics know it, or an
 * actor or a membership behind a count of them.
 */
@Schema(name = "StatisticRecord", description = "A record behind a figure: an engagement with its status on the date,"
        + " every dated step of its life (each date as given), its actors and its sources; or an actor (status"
        + " `active`, itself as its one actor) or a network membership (status `member`, steps `started` and"
        + " `ended`, actors the `member` and the `network`, id `actorId/networkId/since`).")
public record StatisticRecord(
        @Schema(description = "Its id (a membership's: actorId/networkId/the day it counts from)") String id,
        @Schema(description = "agreement, mission, conference, statement, actor or membership", examples = "agreement")
        String type,
        @Schema(description = "Its kind: of agreement, mission or actor, or a conference's series", examples = "sister-city")
        String kind,
        @Schema(description = "Its title; a mission's purpose; an actor's English name; a membership's network") String title,
        @Schema(description = "Its status on the date: proposed, signed (in force), suspended, terminated, expired,"
                + " superseded (upgraded by a later agreement, from the upgrade's signing);"
                + " planned, completed, cancelled; held; issued; active (actors); member (memberships)",
                examples = "signed") String status,
        @Schema(description = "Every step recorded, in the order of its life, also those that count only after the"
                + " date") List<RecordStep> steps,
        List<RecordActor> actors,
        @Schema(description = "The sources of its creation and of every step, each once, in order") List<Source> sources,
        @Schema(description = "Whether it cites any source") boolean sourced) {
}

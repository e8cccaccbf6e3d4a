package org.paradiplomacy.agreements.engagement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An actor as this service's directory knew it when an event was recorded: what a subscriber needs to say who took
 * part and where ("Sichuan signed with Biobío") without asking actors-service. What the directory does not know is
 * absent; an actor it does not know at all is its id alone.
 */
@Schema(name = "ActorSnapshot", description = "An actor as the directory knew it when the event was recorded")
public record ActorSnapshot(
        @Schema(description = "The actor's id", format = "uuid", required = true) String actorId,
        @Schema(description = "Its English name", examples = "Wuhan") String name,
        @Schema(description = "Its kind: city, district, province, national-body, network or forum", examples = "city") String kind,
        @Schema(description = "ISO 3166-1 alpha-2 country", examples = "CN") String country,
        @Schema(description = "ISO 3166-2 subdivision", examples = "CN-HB") String subdivision) {

    /** The actor known by its id only. */
    public static ActorSnapshot unknown(String actorId) {
        return new ActorSnapshot(actorId, null, null, null, null);
    }

    public static List<ActorSnapshot> unknown(List<String> actorIds) {
        return actorIds == null ? null : actorIds.stream().map(ActorSnapshot::unknown).toList();
    }

    public static List<String> ids(List<ActorSnapshot> actors) {
        return actors == null ? null : actors.stream().map(ActorSnapshot::actorId).toList();
    }
}

package org.paradiplomacy.actors.actor.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;

@Schema(name = "JoinNetworkRequest", description = "The actor joins a network or forum (itself an actor of kind network or forum).")
public record JoinNetworkRequest(
        @Schema(description = "The network's or forum's id", required = true, maxLength = ActorLimits.ID, examples = "c40e0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b") String networkId,
        @Schema(description = "The member's role, if any", maxLength = ActorLimits.NAME, examples = "member") String role,
        @Schema(description = "The day the membership began", required = true, examples = "2004-05-05") LocalDate since) {
}

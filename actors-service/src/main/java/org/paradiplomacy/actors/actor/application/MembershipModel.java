package org.paradiplomacy.actors.actor.application;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Membership;

@Schema(name = "Membership", description = "A membership of an international network or forum.")
public record MembershipModel(
        @Schema(description = "The network's or forum's actor id") String networkId,
        @Schema(description = "The member's role, if any", examples = "co-president") String role,
        @Schema(description = "The day the membership began", examples = "2004-05-05") LocalDate since,
        @Schema(description = "The day it ended; absent while it lasts") LocalDate until) {

    public static MembershipModel of(Membership membership) {
        return new MembershipModel(membership.networkId(), membership.role(), membership.since(), membership.until());
    }
}

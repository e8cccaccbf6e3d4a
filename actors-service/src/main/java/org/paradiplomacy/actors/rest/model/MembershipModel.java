package org.paradiplomacy.actors.rest.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Membership", description = "A membership of an international network or forum.")
public record MembershipModel(
        @Schema(description = "The network's or forum's actor id") String networkId,
        @Schema(description = "The member's role, if any", examples = "co-president") String role,
        @Schema(description = "The day the membership began", examples = "2004-05-05") LocalDate since,
        @Schema(description = "The day it ended; absent while it lasts") LocalDate until) {
}

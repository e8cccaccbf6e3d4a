package org.paradiplomacy.analytics.statistics;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** The engagement of the actors of one region, as of a date. */
@Schema(name = "RegionStats", description = "The engagement of one region's actors as of a date.")
public record RegionStats(
        @Schema(description = "The region's code at the level asked for", examples = "CN-HB") String region,
        @Schema(description = "Actors by kind (not retired as of the date)") Map<String, Long> actorsByKind,
        @Schema(description = "Network and forum memberships in force on the date") long networkMemberships,
        @Schema(description = "Agreements an actor of the region is party to, by kind") Map<String, Long> agreementsByKind,
        @Schema(description = "The same agreements by status on the date") Map<String, Long> agreementsByStatus,
        @Schema(description = "Agreements in force: signed, not suspended, terminated or expired") long activeAgreements,
        @Schema(description = "Missions completed with an actor of the region leading") long missionsLed,
        @Schema(description = "Missions completed with an actor of the region hosting") long missionsHosted,
        @Schema(description = "Conferences held with an actor of the region as host or participant") long conferences,
        @Schema(description = "Statements issued by, or about, an actor of the region") long statements,
        @Schema(description = "The first activity (signing, renewal, completed mission, conference, statement) by the day it counts from, its date as given (YYYY, YYYY-MM or YYYY-MM-DD)") PartialDate firstActivity,
        @Schema(description = "The latest such activity, likewise") PartialDate lastActivity,
        @Schema(description = "Engagement index: 3 × active agreements + 1 × other agreements + 2 × missions (led or hosted) + 1 × conferences + 1 × statements + 1 × network memberships") long engagementIndex) {

    RegionStats withIndex() {
        long agreements = agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
        long index = 3 * activeAgreements + (agreements - activeAgreements) + 2 * (missionsLed + missionsHosted)
                + conferences + statements + networkMemberships;
        return new RegionStats(region, actorsByKind, networkMemberships, agreementsByKind, agreementsByStatus,
                activeAgreements, missionsLed, missionsHosted, conferences, statements, firstActivity, lastActivity,
                index);
    }
}

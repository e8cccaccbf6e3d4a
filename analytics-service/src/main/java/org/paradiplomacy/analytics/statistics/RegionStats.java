package org.paradiplomacy.analytics.statistics;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** The engagement of the actors of one region, as of a date. */
@Schema(name = "RegionStats", description = "The engagement of one region's actors as of a date; the row with region"
        + " `unknown` counts the records whose actor has no region at the level (none recorded, or not known to the"
        + " statistics), so that no record is left out.")
public record RegionStats(
        @Schema(description = "The region's code at the level asked for, or `unknown` for the actors without one",
                examples = "CN-HB") String region,
        @Schema(description = "For an `unknown` row at the level of subdivisions: the ISO 3166-1 country whose actors"
                + " have no subdivision (absent for the actors without a country either); absent on other rows",
                examples = "CN") String country,
        @Schema(description = "Actors by kind (not retired as of the date; a merged actor counts as its survivor)") Map<String, Long> actorsByKind,
        @Schema(description = "Network and forum memberships in force on the date") long networkMemberships,
        @Schema(description = "Agreements an actor of the region is party to, by kind") Map<String, Long> agreementsByKind,
        @Schema(description = "The same agreements by status on the date (superseded: upgraded by a later agreement)") Map<String, Long> agreementsByStatus,
        @Schema(description = "Agreements in force: signed, not suspended, terminated, expired or superseded") long activeAgreements,
        @Schema(description = "Relationships: distinct pairs of two actors (a merged actor as its survivor), one of"
                + " them in the region, parties together to at least one agreement in force on the date. Two"
                + " agreements between the same two actors are one relationship") long relationships,
        @Schema(description = "Missions completed with an actor of the region leading") long missionsLed,
        @Schema(description = "Missions completed with an actor of the region hosting") long missionsHosted,
        @Schema(description = "Conferences held with an actor of the region as host or participant") long conferences,
        @Schema(description = "Statements issued by, or about, an actor of the region") long statements,
        @Schema(description = "The first activity (signing, renewal, completed mission, conference, statement) by the day it counts from, its date as given (YYYY, YYYY-MM or YYYY-MM-DD)") PartialDate firstActivity,
        @Schema(description = "The latest such activity, likewise") PartialDate lastActivity,
        @Schema(description = "Engagement index: 3 × active agreements + 1 × other agreements + 2 × missions (led or hosted) + 1 × conferences + 1 × statements + 1 × network memberships") long engagementIndex,
        @Schema(description = "The row's agreements as a share of all the agreements the table counts, each once"
                + " (an agreement counts in every row one of its actors is in, so the shares may add up to more than"
                + " 1); on the `unknown` row, the share of agreements with an actor not placed at the level. 0 to 1",
                examples = "0.56") double share) {

    RegionStats withIndex() {
        long agreements = agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
        long index = 3 * activeAgreements + (agreements - activeAgreements) + 2 * (missionsLed + missionsHosted)
                + conferences + statements + networkMemberships;
        return new RegionStats(region, country, actorsByKind, networkMemberships, agreementsByKind, agreementsByStatus,
                activeAgreements, relationships, missionsLed, missionsHosted, conferences, statements, firstActivity,
                lastActivity, index, share);
    }

    /** The key rows are ordered by: the code, the unknown rows last, each country's after the one without. */
    static String key(String region, String country) {
        return region + "\u0000" + (country == null ? "" : country);
    }

    /** A share of a total, 0 when there is nothing to share. */
    static double share(long part, long total) {
        return total == 0 ? 0 : (double) part / total;
    }
}

package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened in one year. */
@Schema(name = "YearStats", description = "Engagements dated in one year.")
public record YearStats(
        @Schema(examples = "2016") int year,
        @Schema(description = "Agreements signed that year (a signing known only to have happened by some day, from a list without dates, is in no year)") long agreementsSigned,
        @Schema(description = "Missions completed") long missionsCompleted,
        @Schema(description = "Conferences held") long conferences,
        @Schema(description = "Statements issued") long statements,
        @Schema(description = "Relationships signed that year: distinct pairs of two actors (a merged actor as its"
                + " survivor) parties together to an agreement signed that year") long relationships) {
}

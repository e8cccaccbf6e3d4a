package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor of an engagement, placed as the figures place it. */
@Schema(name = "RecordActor", description = "An actor taking part in the engagement: named and placed as the directory"
        + " has it (the places the figures count by), or, while its registration has not reached the statistics,"
        + " as the engagement's event recorded it.")
public record RecordActor(
        @Schema(format = "uuid") String actorId,
        @Schema(examples = "Wuhan") String name,
        @Schema(description = "party, leader, host, participant, issuer or subject", examples = "party") String role,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "CN") String country,
        @Schema(description = "ISO 3166-2", examples = "CN-HB") String subdivision) {
}

package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** The agreements between a Chinese province and a Latin American country or subdivision, as of a date. */
@Schema(name = "RegionPair", description = "Agreements between a Chinese province and a Latin American and Caribbean country (or subdivision).")
public record RegionPair(
        @Schema(description = "The Chinese side: ISO 3166-2 province (or CN for actors without one)", examples = "CN-GD") String china,
        @Schema(description = "The Latin American side, at the level asked for", examples = "BR") String counterpart,
        @Schema(description = "Agreements between actors of the two regions recorded by the date") long agreements,
        @Schema(description = "Of these, in force on the date") long active,
        @Schema(description = "The earliest signing, by the day it counts from; its date as given (YYYY, YYYY-MM or YYYY-MM-DD)") PartialDate firstSigned,
        @Schema(description = "The latest signing, likewise") PartialDate lastSigned) {
}

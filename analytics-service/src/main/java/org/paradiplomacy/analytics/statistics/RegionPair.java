package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** The agreements between a Chinese province and a Latin American country or subdivision, as of a date. */
@Schema(name = "RegionPair", description = "Agreements between a Chinese province and a Latin American and Caribbean"
        + " country (or subdivision). A side whose actors have no province (or subdivision) is `unknown`, so that"
        + " every agreement between China and the region is in the table.")
public record RegionPair(
        @Schema(description = "The Chinese side: ISO 3166-2 province, or `unknown` for Chinese actors without one", examples = "CN-GD") String china,
        @Schema(description = "The Latin American side, at the level asked for; at the level of subdivisions `unknown`"
                + " for actors without one (their country in counterpartCountry)", examples = "BR") String counterpart,
        @Schema(description = "Agreements between actors of the two regions recorded by the date") long agreements,
        @Schema(description = "Of these, in force on the date") long active,
        @Schema(description = "The earliest signing, by the day it counts from; its date as given (YYYY, YYYY-MM or YYYY-MM-DD)") PartialDate firstSigned,
        @Schema(description = "The latest signing, likewise") PartialDate lastSigned,
        @Schema(description = "For an `unknown` counterpart subdivision: the ISO 3166-1 country of its actors; absent"
                + " otherwise", examples = "BR") String counterpartCountry,
        @Schema(description = "Relationships: distinct pairs of a Chinese and a Latin American actor (a merged actor as"
                + " its survivor) parties together to at least one agreement in force on the date") long relationships,
        @Schema(description = "The pair's agreements as a share of all the agreements of the table, each once, 0 to 1",
                examples = "0.2") double share) {
}

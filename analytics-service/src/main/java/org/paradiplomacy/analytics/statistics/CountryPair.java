package org.paradiplomacy.analytics.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreements between actors of two countries, as of a date. */
@Schema(name = "CountryPair", description = "Agreements between actors of two countries; each pair once, the codes in"
        + " alphabetical order, and a country paired with itself for agreements between its own actors. Parties"
        + " without a country (or not known to the statistics) are in `unknown`, after every code.")
public record CountryPair(
        @Schema(description = "ISO 3166-1 alpha-2 code, the first in alphabetical order", examples = "BR") String country,
        @Schema(description = "ISO 3166-1 alpha-2 code of the other country, or `unknown`", examples = "CN") String otherCountry,
        @Schema(description = "Agreements between actors of the two countries recorded by the date") long agreements,
        @Schema(description = "Of these, in force on the date") long active,
        @Schema(description = "Relationships: distinct pairs of two actors, one of each country (a merged actor as its"
                + " survivor), parties together to at least one agreement in force on the date") long relationships,
        @Schema(description = "The pair's agreements as a share of all the agreements of the table, each once, 0 to 1",
                examples = "0.1") double share) {
}

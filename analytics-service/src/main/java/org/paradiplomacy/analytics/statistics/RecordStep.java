package org.paradiplomacy.analytics.statistics;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** One dated step of an engagement's life, its date as its source gave it. */
@Schema(name = "RecordStep", description = "A dated step: proposed, signed, attested, renewed, suspended, reinstated,"
        + " terminated, expired, superseded (from the signing of the agreement that upgraded it), planned, completed,"
        + " cancelled, held or issued (a corrected conference or statement shows its corrected date).")
public record RecordStep(
        @Schema(description = "The step", examples = "signed") String step,
        @Schema(description = "Its date as given (YYYY, YYYY-MM or YYYY-MM-DD); absent for a proposal recorded"
                + " without a date, which counts from its signing") PartialDate date,
        @Schema(description = "The precision of the date", enumeration = {"year", "month", "day"}, examples = "year")
        String precision,
        @Schema(description = "The day from which it counts in figures as of a day: the last day of its period, or"
                + " the day it was recorded when that lies within the period (docs/decisions/0013)", format = "date",
                examples = "2019-12-31") LocalDate countsFrom) {
}

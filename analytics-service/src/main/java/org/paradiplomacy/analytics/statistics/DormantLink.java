package org.paradiplomacy.analytics.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.provenance.PartialDate;

/** An agreement in force whose parties have done nothing together for years: a link on paper only. */
@Schema(name = "DormantLink", description = "An agreement in force with no engagement between its parties for the given number of years.")
public record DormantLink(
        String agreementId,
        @Schema(examples = "sister-city") String kind,
        String title,
        List<String> parties,
        @Schema(description = "The latest engagement between two of its parties: its signing or renewal, a mission, conference or statement; its date as given") PartialDate lastContact) {
}

package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "SigningRequest", description = "The signing of an agreement: not wholly in the future, not wholly before"
        + " its proposal. Give `signedOn` as precisely as the source does (`2019`, `2019-05` or `2019-05-09`); when a"
        + " source only attests that the agreement exists (a list of sister cities without dates), give"
        + " `signedNoLaterThan` instead: the day the source vouches for it.")
public record SigningRequest(
        @Schema(description = "When it was signed, as precisely as the source says (" + Docs.PARTIAL_DATE
                + "); required unless `signedNoLaterThan` is given", examples = "2016-04") PartialDate signedOn,
        @Schema(description = "Instead of `signedOn`, when the date is unknown: it was signed on or before this day",
                examples = "2026-11-29") LocalDate signedNoLaterThan,
        @Schema(description = "Where it was signed", maxLength = EngagementLimits.PLACE, examples = "Wuhan") String place,
        @Schema(description = "The last day it is valid, if it has a term") LocalDate validUntil,
        @Schema(description = Docs.SOURCES + " (of the signing)", maxItems = Sources.PER_RECORD) List<Source> sources) {

    public Signing signing() {
        return new Signing(signedOn, signedNoLaterThan, place, validUntil, sources);
    }
}

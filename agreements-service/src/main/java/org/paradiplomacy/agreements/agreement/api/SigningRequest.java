package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.engagement.EngagementLimits;

@Schema(name = "SigningRequest", description = "The signing of an agreement: not in the future, not before its proposal."
        + " Give `signedOn` when the day is known; when a source only attests that the agreement exists (a list of sister"
        + " cities without dates), give `signedNoLaterThan` instead: the day the source vouches for it.")
public record SigningRequest(
        @Schema(description = "The day it was signed; required unless `signedNoLaterThan` is given", examples = "2016-04-07") LocalDate signedOn,
        @Schema(description = "Instead of `signedOn`, when the day is unknown: it was signed on or before this day", examples = "2026-11-29") LocalDate signedNoLaterThan,
        @Schema(description = "Where it was signed", maxLength = EngagementLimits.PLACE, examples = "Wuhan") String place,
        @Schema(description = "The last day it is valid, if it has a term") LocalDate validUntil) {

    public Signing signing() {
        return new Signing(signedOn, signedNoLaterThan, place, validUntil);
    }
}

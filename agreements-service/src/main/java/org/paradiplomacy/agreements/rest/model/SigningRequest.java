package org.paradiplomacy.agreements.rest.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SigningRequest", description = "The signing of an agreement: not in the future, not before its proposal.")
public record SigningRequest(
        @Schema(required = true, examples = "2016-04-07") LocalDate signedOn,
        @Schema(description = "Where it was signed", examples = "Wuhan") String place,
        @Schema(description = "The last day it is valid, if it has a term") LocalDate validUntil) {
}

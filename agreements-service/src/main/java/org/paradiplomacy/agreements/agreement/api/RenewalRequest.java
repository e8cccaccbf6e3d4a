package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RenewalRequest", description = "A signed agreement renewed, possibly with a new term.")
public record RenewalRequest(
        @Schema(required = true, examples = "2021-04-07") LocalDate renewedOn,
        @Schema(description = "The new last day of validity") LocalDate validUntil) {
}

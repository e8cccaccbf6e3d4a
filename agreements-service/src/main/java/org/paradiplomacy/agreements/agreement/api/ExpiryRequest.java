package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpiryRequest", description = "An agreement that reached the end of its term.")
public record ExpiryRequest(
        @Schema(required = true, examples = "2021-04-06") LocalDate expiredOn) {
}

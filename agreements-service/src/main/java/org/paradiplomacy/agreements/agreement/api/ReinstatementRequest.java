package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReinstatementRequest", description = "A suspended agreement in force again.")
public record ReinstatementRequest(
        @Schema(required = true, examples = "2023-01-15") LocalDate reinstatedOn) {
}

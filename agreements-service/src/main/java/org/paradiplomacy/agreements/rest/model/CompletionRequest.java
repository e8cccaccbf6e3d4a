package org.paradiplomacy.agreements.rest.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletionRequest", description = "A planned mission completed, no earlier than it started.")
public record CompletionRequest(
        @Schema(required = true, examples = "2015-10-18") LocalDate completedOn,
        @Schema(examples = "Two memoranda signed; a return visit agreed") String outcomes,
        @Schema(description = "Ids of agreements signed during the mission") List<String> agreementsSigned) {
}

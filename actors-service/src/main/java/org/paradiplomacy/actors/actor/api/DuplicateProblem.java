package org.paradiplomacy.actors.actor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.DuplicateCandidate;
import org.paradiplomacy.eventsourcing.domain.FieldError;

/** The RFC 9457 problem of a likely duplicate registration: the kernel's problem fields, and the candidates. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "LikelyDuplicateProblem", description = "RFC 9457 problem details of a registration refused as a likely"
        + " duplicate (type urn:paradiplomacy:problem:likely-duplicate, status 409): the existing actors it matches."
        + " Register again with their ids in distinctFrom if the new actor is another body, or use one of them.")
public record DuplicateProblem(
        @Schema(examples = DuplicateProblem.TYPE) String type,
        @Schema(examples = "Likely duplicate") String title,
        @Schema(examples = "409") int status,
        @Schema(examples = "An actor of this kind in CN-HB is already named Wuhan (5f0c7a8e-1b2c-4d3e-9f40-123456789abc):"
                + " give its id in distinctFrom if this is another one, or use it") String detail,
        String instance,
        @Schema(description = "The request's names and aliases that matched") List<FieldError> errors,
        @Schema(description = "The existing actors the registration likely duplicates") List<DuplicateCandidate> candidates) {

    public static final String TYPE = "urn:paradiplomacy:problem:likely-duplicate";
}

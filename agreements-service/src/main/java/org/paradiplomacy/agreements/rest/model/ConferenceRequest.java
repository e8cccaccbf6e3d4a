package org.paradiplomacy.agreements.rest.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.domain.CooperationField;

@Schema(name = "ConferenceRequest", description = "A conference or forum that was held.")
public record ConferenceRequest(
        @Schema(required = true, examples = "China–LAC Local Governments Cooperation Forum") String title,
        @Schema(examples = "China–LAC Local Governments Cooperation Forum") String series,
        @Schema(required = true, description = "The host actor's id") String host,
        @Schema(required = true, description = "One or more distinct participant actor ids") List<String> participants,
        @Schema(required = true, examples = "2016-11-24") LocalDate startsOn,
        LocalDate endsOn,
        @Schema(examples = "Chongqing") String place,
        List<CooperationField> fields) {
}

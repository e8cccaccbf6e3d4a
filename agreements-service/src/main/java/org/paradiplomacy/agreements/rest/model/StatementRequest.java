package org.paradiplomacy.agreements.rest.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementRequest", description = "An official public statement issued by an actor about counterparts.")
public record StatementRequest(
        @Schema(required = true, description = "The issuing actor's id") String issuer,
        @Schema(required = true, description = "One or more counterpart actor ids, not the issuer") List<String> about,
        @Schema(required = true, examples = "2016-04-25") LocalDate issuedOn,
        @Schema(required = true, examples = "Wuhan and Concepción become sister cities") String title,
        @Schema(description = "Where it is published (http or https)") String url,
        @Schema(description = "A summary, at most 4000 characters") String summary) {
}

package org.paradiplomacy.agreements.engagement.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.paradiplomacy.agreements.engagement.EngagementFilter;

/**
 * The filters every list of missions, conferences and statements takes, declared once: who takes part, where,
 * and between which days. Used as {@code @BeanParam}; page and size stay plain parameters so a refusal names them.
 */
public record EngagementQuery(
        @Parameter(description = Docs.ACTOR) @QueryParam("actor") String actor,
        @Parameter(description = Docs.COUNTRY) @QueryParam("country") String country,
        @Parameter(description = Docs.SUBDIVISION) @QueryParam("subdivision") String subdivision,
        @Parameter(description = Docs.FROM) @QueryParam("from") LocalDate from,
        @Parameter(description = Docs.TO) @QueryParam("to") LocalDate to,
        @Parameter(description = Docs.WITHDRAWN) @QueryParam("withdrawn") boolean withdrawn) {

    public EngagementFilter filter() {
        return filter(null, null, null);
    }

    public EngagementFilter filter(String kind, String status, String field) {
        return new EngagementFilter(actor, country, subdivision, kind, status, field, from, to, withdrawn);
    }
}

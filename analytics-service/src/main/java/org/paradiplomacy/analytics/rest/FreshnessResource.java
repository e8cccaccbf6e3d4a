package org.paradiplomacy.analytics.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.analytics.projection.LiveProjection;

/** How fresh the statistics are: what a page shows as "data as of a time, n events". */
@Path("/api/v1/stats/freshness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class FreshnessResource {

    /** The answer: the events in the figures, when the last of them was applied, and those still to come. */
    @Schema(name = "Freshness", description = "What the statistics include, to cite them: \"data as of lastAppliedAt, events events\".")
    public record Freshness(
            @Schema(description = "The projection generation answering (it changes after a rebuild)", examples = "1") int generation,
            @Schema(description = "Events of every topic the statistics have read, each once", examples = "66093") long events,
            @Schema(description = "When the latest of them was applied; absent before the first") Instant lastAppliedAt,
            @Schema(description = "Events published but not yet in the statistics", examples = "0") long waiting) {
    }

    private final AgroalDataSource dataSource;
    private final LiveProjection projection;

    public FreshnessResource(AgroalDataSource dataSource, LiveProjection projection) {
        this.dataSource = dataSource;
        this.projection = projection;
    }

    @GET
    @Operation(operationId = "statisticsFreshness", summary = "How fresh the statistics are",
            description = "The events every figure includes and when the latest was applied, to cite a figure with"
                    + " the state of the data it came from; `waiting` counts events published but not yet applied.")
    public Freshness freshness() {
        int generation = projection.generation();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*), max(processed_at) FROM processed_events WHERE subscription = ?")) {
            query.setString(1, LiveProjection.subscriptionName(generation));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp last = row.getTimestamp(2);
                return new Freshness(generation, row.getLong(1), last == null ? null : last.toInstant(),
                        Math.max(0, projection.status().lagEvents()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The freshness of the statistics could not be read", e);
        }
    }
}

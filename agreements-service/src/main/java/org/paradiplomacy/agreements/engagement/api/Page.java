package org.paradiplomacy.agreements.engagement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Page", description = "One page of matches, newest first by main date, with the number of all matches.")
public record Page<T>(
        @Schema(description = "The matches on this page") List<T> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "How many match in all", examples = "7") long total) {
}

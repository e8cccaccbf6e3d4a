package org.paradiplomacy.analytics.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordPage", description = "One page of the records behind a figure; `total` is the figure itself.")
public record RecordPage(
        @Schema(description = "The records on this page, the latest status first") List<StatisticRecord> items,
        @Schema(description = "The page number, from 0", examples = "0") int page,
        @Schema(description = "The page size", examples = "50") int size,
        @Schema(description = "How many records match in all: the figure the filters name", examples = "12") long total) {
}

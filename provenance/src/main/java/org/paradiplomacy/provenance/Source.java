package org.paradiplomacy.provenance;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a record, or one step of its life, comes from: a page, an article, an official list. It names at least a
 * title or an address; the rest is what a citation needs.
 */
@Schema(name = "Source", description = "Where a record comes from; at least a `title` or a `url`. Bounds: "
        + Sources.LIMITS)
public record Source(
        @Schema(description = "The title of the page, article or document", maxLength = Sources.TITLE,
                examples = "Wuhan and Concepción become sister cities") String title,
        @Schema(description = "Its address: an absolute http or https URL", maxLength = Sources.URL, format = "uri",
                examples = "https://www.hubei.gov.cn/news/2016-04-25.html") String url,
        @Schema(description = "Who published it", maxLength = Sources.PUBLISHER,
                examples = "Hubei Provincial People's Government") String publisher,
        @Schema(description = "When it was published, as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD); not in the future")
        PartialDate publishedOn,
        @Schema(description = "The day it was read; not in the future, not before it was published", format = "date",
                examples = "2026-11-30") LocalDate accessedOn,
        @Schema(description = "Its language, as a BCP 47 tag", maxLength = Sources.LANGUAGE, pattern = Sources.LANGUAGE_PATTERN,
                examples = "zh") String language,
        @Schema(description = "The passage that supports the record, quoted", maxLength = Sources.EXCERPT) String excerpt) {
}

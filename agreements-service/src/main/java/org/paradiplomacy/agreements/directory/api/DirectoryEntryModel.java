package org.paradiplomacy.agreements.directory.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DirectoryEntry", description = "An actor as agreements-service knows it from the actors topic.")
public record DirectoryEntryModel(
        @Schema(description = "The actor's id") String id,
        @Schema(description = "Its kind", examples = "city") String kind,
        @Schema(description = "Its English name", examples = "Wuhan") String name,
        @Schema(description = "ISO 3166-1 country", examples = "CN") String country,
        @Schema(description = "ISO 3166-2 subdivision", examples = "CN-HB") String subdivision,
        @Schema(description = "Retired actors cannot enter new engagements") boolean retired,
        @Schema(description = "The actor it was merged into (recorded twice): commands naming this id name that one, and engagements naming it are listed under it") String mergedInto,
        @Schema(description = "Withdrawn actors (recorded in error) cannot take part in engagements") boolean withdrawn,
        @Schema(description = "The version of the actor's stream this entry reflects", examples = "1") long version) {
}

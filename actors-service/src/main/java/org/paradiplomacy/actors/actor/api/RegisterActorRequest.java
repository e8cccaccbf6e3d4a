package org.paradiplomacy.actors.actor.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.application.CoordinatesModel;
import org.paradiplomacy.actors.actor.application.NamesModel;
import org.paradiplomacy.actors.actor.application.OfficeModel;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "RegisterActorRequest", description = "A new actor. Networks and forums may leave out the country; a province needs its ISO 3166-2 code.")
public record RegisterActorRequest(
        @Schema(description = "city, district, province, national-body, network or forum", required = true, examples = "city") ActorKind kind,
        @Schema(required = true) NamesModel names,
        @Schema(description = "Other spellings, for matching: at most " + ActorLimits.ALIASES + ", each at most "
                + ActorLimits.NAME + " characters", maxItems = ActorLimits.ALIASES,
                extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + ActorLimits.NAME),
                examples = "[\"Wu-han\"]") List<String> aliases,
        @Schema(description = "ISO 3166-1 alpha-2 country code", maxLength = ActorLimits.COUNTRY, examples = "CN") String country,
        @Schema(description = "ISO 3166-2 subdivision code, in the country", maxLength = ActorLimits.SUBDIVISION, examples = "CN-HB") String subdivision,
        @Schema(description = "The id of the actor it belongs to, in the same country (a city's province)", maxLength = ActorLimits.ID) String parentId,
        CoordinatesModel coordinates,
        @Schema(examples = "13739000") Long population,
        @Schema(description = "An http or https address", maxLength = ActorLimits.URL, examples = "https://www.wuhan.gov.cn") String website,
        OfficeModel foreignAffairsOffice,
        @Schema(description = "Where the actor's record comes from: at most " + Sources.PER_RECORD + " sources, each with at least a"
                + " title or a url; absent or empty when none is given", maxItems = Sources.PER_RECORD)
        List<Source> sources,
        @Schema(description = "The ids of existing actors this one is another body than, although a name matches:"
                + " a registration whose name or alias matches a live actor of the same kind in the same country (and"
                + " subdivision, when both have one), ignoring case, accents, punctuation and spaces, is refused with"
                + " 409 and the candidates, unless every candidate is named here; at most " + ActorLimits.DISTINCT_FROM,
                maxItems = ActorLimits.DISTINCT_FROM,
                extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + ActorLimits.ID),
                examples = "[\"5f0c7a8e-1b2c-4d3e-9f40-123456789abc\"]") List<String> distinctFrom) {
}

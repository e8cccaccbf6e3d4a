package org.paradiplomacy.actors.actor.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Actor;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.PlacedBy;
import org.paradiplomacy.eventsourcing.rest.Versioned;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * The actor as clients see it, at a version: what the service answers with, and what the read model keeps whole
 * so that a list is read without folding a stream.
 */
@Schema(name = "Actor", description = "A city, district, province, national body, network or forum that acts internationally.")
public record ActorModel(
        @Schema(description = "The actor's id", examples = "5f0c7a8e-1b2c-4d3e-9f40-123456789abc") String id,
        @Schema(description = "city, district, province, national-body, network or forum", examples = "city") ActorKind kind,
        NamesModel names,
        @Schema(description = "Other spellings the actor is known by", examples = "[\"Wu-han\", \"Hankow\"]") List<String> aliases,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "CN") String country,
        @Schema(description = "ISO 3166-2 subdivision code", examples = "CN-HB") String subdivision,
        @Schema(description = "Present when the subdivision was derived rather than given: `coordinates`, from the"
                + " first-level region (Natural Earth admin-1) that contains the actor's coordinates",
                examples = "coordinates") PlacedBy placedBy,
        @Schema(description = "Only in the answer to a registration, correction or placement of an actor with"
                + " coordinates and a country but no subdivision given: where its coordinates placed it, or why they"
                + " could not", examples = "the coordinates (-36.8, -73.0) lie in no first-level region")
        String placement,
        M49Model m49,
        @Schema(description = "The actor it belongs to, such as a city's province") String parentId,
        CoordinatesModel coordinates,
        @Schema(description = "Population", examples = "13739000") Long population,
        @Schema(description = "Official website", examples = "https://www.wuhan.gov.cn") String website,
        OfficeModel foreignAffairsOffice,
        @Schema(description = "Network and forum memberships, past and present") List<MembershipModel> memberships,
        RetirementModel retirement,
        @Schema(description = "Set when this actor was merged into another: the survivor, which stands for both"
                + " from the start (GET of a merged actor answers 308 to the survivor at the end of the chain)",
                examples = "5f0c7a8e-1b2c-4d3e-9f40-123456789abc") String survivorId,
        @Schema(description = "The actors merged into this one, directly or through others: it stands for them"
                + " all from the start") List<String> mergedIds,
        WithdrawalModel withdrawal,
        @Schema(description = "Every source of the actor's record, given with its registration, corrections and"
                + " dated changes, its memberships' included: in the order they were given, each once")
        List<Source> sources,
        @Schema(description = "Whether any source is given for the actor's record; false for a record without any",
                examples = "true") boolean sourced,
        @Schema(description = "The version of the actor's record, also its ETag", examples = "1") long version)
        implements Versioned {

    public ActorModel {
        // A document the read model kept before sources were recorded has none.
        sources = sources == null ? List.of() : sources;
        mergedIds = mergedIds == null ? List.of() : mergedIds;
    }

    public static ActorModel of(Actor actor, long version) {
        var place = actor.place();
        return new ActorModel(actor.id(), actor.kind(), NamesModel.of(actor.names()), actor.aliases(), place.country(),
                place.subdivision(), place.placedBy(), null, M49Model.of(place), actor.parentId(),
                CoordinatesModel.of(actor.coordinates()),
                actor.population(), actor.website(), OfficeModel.of(actor.foreignAffairsOffice()),
                actor.memberships().stream().map(MembershipModel::of).toList(), RetirementModel.of(actor.retirement()),
                actor.survivorId(), List.of(), null, actor.sources(), Sources.any(actor.sources()), version);
    }

    public ActorModel withPlacement(String note) {
        return new ActorModel(id, kind, names, aliases, country, subdivision, placedBy, note, m49, parentId,
                coordinates, population, website, foreignAffairsOffice, memberships, retirement, survivorId, mergedIds,
                withdrawal, sources, sourced, version);
    }

    public ActorModel withMergedIds(List<String> merged) {
        return new ActorModel(id, kind, names, aliases, country, subdivision, placedBy, placement, m49, parentId,
                coordinates, population, website, foreignAffairsOffice, memberships, retirement, survivorId,
                List.copyOf(merged), withdrawal, sources, sourced, version);
    }

    public ActorModel withWithdrawal(WithdrawalModel why) {
        return new ActorModel(id, kind, names, aliases, country, subdivision, placedBy, placement, m49, parentId,
                coordinates, population, website, foreignAffairsOffice, memberships, retirement, survivorId, mergedIds,
                why, sources, sourced, version);
    }
}

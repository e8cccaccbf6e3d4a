package org.paradiplomacy.actors.actor.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an actor sits: ISO 3166-1 alpha-2 country, ISO 3166-2 subdivision where it has one, and the UN M49
 * region, sub-region and intermediate region of its country (so subscribers need no code tables of their own).
 * {@code placedBy} says the subdivision was derived (from the actor's coordinates) rather than given.
 */
public record Place(String country, String subdivision, String m49Region, String m49Subregion,
        String m49IntermediateRegion,
        @Schema(description = "Present when the subdivision was derived rather than given: `coordinates`, found by"
                + " the first-level region (Natural Earth admin-1) that contains the actor's coordinates")
        PlacedBy placedBy) {

    public static final Place NOWHERE = new Place(null, null, null, null, null, null);

    public Place(String country, String subdivision, String m49Region, String m49Subregion,
            String m49IntermediateRegion) {
        this(country, subdivision, m49Region, m49Subregion, m49IntermediateRegion, null);
    }

    Place placedBy(PlacedBy how) {
        return new Place(country, subdivision, m49Region, m49Subregion, m49IntermediateRegion, how);
    }
}

package org.paradiplomacy.actors.actor.model;

/**
 * Where an actor sits: ISO 3166-1 alpha-2 country, ISO 3166-2 subdivision where it has one, and the UN M49
 * region, sub-region and intermediate region of its country (so subscribers need no code tables of their own).
 */
public record Place(String country, String subdivision, String m49Region, String m49Subregion,
        String m49IntermediateRegion) {

    public static final Place NOWHERE = new Place(null, null, null, null, null);
}

package org.paradiplomacy.actors.actor.model;

import java.util.Optional;

/** The code tables the rules check places against: ISO 3166-1 countries, ISO 3166-2 subdivisions, UN M49. */
public interface Gazetteer {

    boolean isCountry(String code);

    /** The country of an ISO 3166-2 subdivision code, if the code exists. */
    Optional<String> countryOfSubdivision(String code);

    /** The full place of a known country and (optional) subdivision, with the country's M49 regions. */
    Place place(String country, String subdivision);
}

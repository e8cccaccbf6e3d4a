package org.paradiplomacy.importer.source;

import java.util.List;

/**
 * The scraped twin-cities format: {@code city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]}, English country
 * names, no kinds and no dates. Every place is a city and every link a sister-city agreement.
 */
final class TwinCitiesFormat implements ListFile.RowFormat {

    static final List<String> HEADER = List.of("city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2");
    static final List<String> HEADER_WITHOUT_COORDINATES = List.of("city1", "country1", "city2", "country2");

    private final Places places;

    TwinCitiesFormat(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "twin-cities";
    }

    @Override
    public LinkRow link(long line, List<String> cells) {
        boolean coordinates = cells.size() == 8;
        if (cells.size() != 8 && cells.size() != 4) {
            throw new RowRejected("expected 4 or 8 columns (city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]),"
                    + " found " + cells.size());
        }
        int second = coordinates ? 4 : 2;
        PlaceMention first = places.mention("city1", cells.get(0), cells.get(1), null, "city",
                coordinates ? cells.get(2) : null, coordinates ? cells.get(3) : null, "country1");
        PlaceMention other = places.mention("city2", cells.get(second), cells.get(second + 1), null, "city",
                coordinates ? cells.get(6) : null, coordinates ? cells.get(7) : null, "country2");
        return new LinkRow(line, first, other, "sister-city", null, null, List.of());
    }
}

package org.paradiplomacy.analytics.statistics;

import java.time.LocalDate;

/**
 * What a drill-down asks for: the engagements behind one figure, as of a day. Every filter but the day may be
 * null (any). {@code region} is matched at {@code level}, on an actor with {@code role} and of {@code country}
 * where those are given; {@code counterpart} (with a region) on another actor of the same engagement, of
 * {@code counterpartCountry} where given (for an unknown subdivision of a country).
 */
public record RecordFilter(LocalDate asOf, boolean sourced, String type, String status, String kind, String field,
        Integer year, String region, RegionLevel level, String role, String country, String counterpart,
        RegionLevel counterpartLevel, String counterpartCountry, int page, int size) {
}

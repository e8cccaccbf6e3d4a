package org.paradiplomacy.analytics.statistics;

import java.util.Map;
import java.util.TreeMap;
import org.paradiplomacy.provenance.PartialDate;

/** Collects one region's figures from the several queries of the region statistic. */
final class RegionFigures {
    final String region;
    final String country;
    final Map<String, Long> actorsByKind = new TreeMap<>();
    final Map<String, Long> agreementsByKind = new TreeMap<>();
    final Map<String, Long> agreementsByStatus = new TreeMap<>();
    long memberships;
    long relationships;
    long missionsLed;
    long missionsHosted;
    long conferences;
    long statements;
    PartialDate firstActivity;
    PartialDate lastActivity;

    RegionFigures(String region, String country) {
        this.region = region;
        this.country = country;
    }

    /** With the table's agreements (each once), for the row's share. */
    RegionStats build(long agreementsInTable) {
        long agreements = agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
        return new RegionStats(region, country, actorsByKind, memberships, agreementsByKind, agreementsByStatus,
                agreementsByStatus.getOrDefault("signed", 0L), relationships, missionsLed, missionsHosted, conferences,
                statements, firstActivity, lastActivity, 0, RegionStats.share(agreements, agreementsInTable)).withIndex();
    }
}

package org.paradiplomacy.analytics.statistics;

import java.util.Map;
import java.util.TreeMap;
import org.paradiplomacy.provenance.PartialDate;

/** Collects one region's figures from the several queries of the region statistic. */
final class RegionFigures {
    final String region;
    final Map<String, Long> actorsByKind = new TreeMap<>();
    final Map<String, Long> agreementsByKind = new TreeMap<>();
    final Map<String, Long> agreementsByStatus = new TreeMap<>();
    long memberships;
    long missionsLed;
    long missionsHosted;
    long conferences;
    long statements;
    PartialDate firstActivity;
    PartialDate lastActivity;

    RegionFigures(String region) {
        this.region = region;
    }

    RegionStats build() {
        return new RegionStats(region, actorsByKind, memberships, agreementsByKind, agreementsByStatus,
                agreementsByStatus.getOrDefault("signed", 0L), missionsLed, missionsHosted, conferences,
                statements, firstActivity, lastActivity, 0).withIndex();
    }
}

package org.paradiplomacy.analytics.statistics;

/** The level a region statistic groups actors by, and the column of the actor table that holds it. */
public enum RegionLevel {
    /** ISO 3166-2 subdivision (province, state, region). */
    SUBDIVISION("subdivision", "a.subdivision"),
    /** ISO 3166-1 country. */
    COUNTRY("country", "a.country"),
    /** The most specific UN M49 area of the country: intermediate region where there is one, else sub-region. */
    M49("m49", "coalesce(a.m49_intermediate, a.m49_subregion)"),
    /** The UN M49 sub-region (419 for Latin America and the Caribbean, 030 for Eastern Asia). */
    M49_SUBREGION("m49-subregion", "a.m49_subregion");

    private final String code;
    private final String column;

    RegionLevel(String code, String column) {
        this.code = code;
        this.column = column;
    }

    public String column() {
        return column;
    }

    /**
     * The region of the actor {@code alias} at this level, as the drill-down matches it: the column, except that
     * at the level of subdivisions an actor without one is in its country's code, as the region pairs place it.
     */
    String matching(String alias) {
        String qualified = column.replace("a.", alias + ".");
        return this == SUBDIVISION ? "coalesce(" + qualified + ", " + alias + ".country)" : qualified;
    }

    public static RegionLevel of(String code) {
        for (RegionLevel level : values()) {
            if (level.code.equals(code)) {
                return level;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}

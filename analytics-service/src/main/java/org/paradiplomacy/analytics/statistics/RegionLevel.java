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

    /** The code of the region for rows with no region at a level: the actor has none, or is not known. */
    public static final String UNKNOWN = "unknown";

    public String column() {
        return column;
    }

    /** The region of actor {@code a} as a table groups it: its code, or {@link #UNKNOWN}. */
    String grouped() {
        return "coalesce(" + column + ", '" + UNKNOWN + "')";
    }

    /**
     * The country an unknown row stands for: at the level of subdivisions the actors without one are counted by
     * country (null for those without a country either, the unknown row of the countries); at other levels none.
     */
    String unknownCountry() {
        return this == SUBDIVISION ? "CASE WHEN a.subdivision IS NULL THEN a.country END" : "NULL::text";
    }

    /**
     * The region of the actor {@code alias} at this level, as the drill-down matches it against {@code wanted}:
     * the code, or {@link #UNKNOWN} as the tables group it, except that at the level of subdivisions a country's
     * code also stands for its actors without one (as the region pairs placed them before the unknown rows).
     */
    String matching(String alias, String wanted) {
        String qualified = column.replace("a.", alias + ".");
        return this == SUBDIVISION
                ? "coalesce(" + qualified + ", CASE WHEN " + wanted + " = '" + UNKNOWN + "' THEN '" + UNKNOWN
                        + "' ELSE " + alias + ".country END)"
                : "coalesce(" + qualified + ", '" + UNKNOWN + "')";
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

package org.paradiplomacy.provenance;

import java.util.Locale;

/** How precisely a source dates something: to the year, the month or the day. */
public enum Precision {
    YEAR, MONTH, DAY;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.paradiplomacy.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date as precise as its source says: a year ({@code 2019}), a month ({@code 2019-05}) or a day
 * ({@code 2019-05-09}), in ISO 8601's reduced precision. It is kept and shown as it was given, never as a day it
 * was not. For the state "as of" a day it counts from {@link #countsFrom}; in the statistics by year it counts in
 * its year (docs/decisions/0013-dates-at-the-precision-of-their-source.md).
 */
@Schema(type = SchemaType.STRING, pattern = PartialDate.PATTERN, examples = "2019-05",
        description = "A date at the precision of its source: YYYY, YYYY-MM or YYYY-MM-DD")
public final class PartialDate implements Comparable<PartialDate> {

    /** The three forms, with a month from 01 to 12 and a day from 01 to 31 (the calendar checks the rest). */
    public static final String PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    /** What a client is told when a date has another form. */
    public static final String ACCEPTED = "give a date as YYYY, YYYY-MM or YYYY-MM-DD";

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final LocalDate firstDay;
    private final Precision precision;

    private PartialDate(LocalDate firstDay, Precision precision) {
        this.firstDay = firstDay;
        this.precision = precision;
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is refused with {@link #ACCEPTED}. */
    @JsonCreator
    public static PartialDate parse(String text) {
        Matcher form = text == null ? null : FORM.matcher(text);
        if (form == null || !form.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + ACCEPTED);
        }
        try {
            int year = Integer.parseInt(form.group(1));
            if (form.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(form.group(2));
            if (form.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(form.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + ACCEPTED);
        }
    }

    public static PartialDate of(LocalDate day) {
        return day == null ? null : new PartialDate(day, Precision.DAY);
    }

    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public Precision precision() {
        return precision;
    }

    public boolean isDay() {
        return precision == Precision.DAY;
    }

    public int year() {
        return firstDay.getYear();
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
            case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
            case DAY -> firstDay;
        };
    }

    /**
     * The day from which it counts "as of": the last day of its period, since only then is it certain to have
     * happened; or, when it was recorded within its period, the day it was recorded, since a source had reported
     * it by then. A day counts from itself.
     */
    public LocalDate countsFrom(LocalDate recordedOn) {
        boolean recordedWithin = recordedOn != null && !recordedOn.isBefore(firstDay) && !recordedOn.isAfter(lastDay());
        return recordedWithin ? recordedOn : lastDay();
    }

    /** Whether the whole period lies after the day: it cannot have happened by then. */
    public boolean isAfter(LocalDate day) {
        return firstDay.isAfter(day);
    }

    /** Whether the whole period ends before the other begins: it certainly came first. */
    public boolean isBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay);
    }

    /** Whether it lies within the years the records can hold. */
    public boolean isBetween(LocalDate earliest, LocalDate latest) {
        return !firstDay.isBefore(earliest) && !lastDay().isAfter(latest);
    }

    /** Ordered by their first day, a coarser date before a finer one that starts on the same day. */
    @Override
    public int compareTo(PartialDate other) {
        int byDay = firstDay.compareTo(other.firstDay);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && firstDay.equals(date.firstDay) && precision == date.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, precision);
    }

    /** As given: {@code 2019}, {@code 2019-05} or {@code 2019-05-09}. */
    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", firstDay.getYear());
            case MONTH -> String.format("%04d-%02d", firstDay.getYear(), firstDay.getMonthValue());
            case DAY -> firstDay.toString();
        };
    }
}

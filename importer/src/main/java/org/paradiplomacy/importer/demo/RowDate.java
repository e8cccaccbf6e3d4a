package org.paradiplomacy.importer.demo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A date as a row gives it, at the precision its {@code date_precision} column states: {@code 2019} (year),
 * {@code 2019-05} (month) or {@code 2019-05-09} (day), the forms the APIs take. A date more or less precise than the
 * column says is a row contradicting itself, and is refused rather than rounded.
 */
final class RowDate {

    private static final Map<String, Pattern> FORMS = Map.of("year", Pattern.compile("\\d{4}"),
            "month", Pattern.compile("\\d{4}-\\d{2}"), "day", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));

    private RowDate() {
    }

    /** The date, checked against its precision; a {@link RowProblem} names the column at fault. */
    static String of(String dateColumn, String date, String precisionColumn, String precision) {
        if (date == null) {
            throw new RowProblem(dateColumn, "is empty");
        }
        if (precision == null || !FORMS.containsKey(precision)) {
            throw new RowProblem(precisionColumn, "'" + (precision == null ? "" : precision)
                    + "' is not one of day, month, year");
        }
        String actual = precisionOf(date);
        if (actual == null) {
            throw new RowProblem(dateColumn, "'" + date + "' is not a date: give a date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (!actual.equals(precision)) {
            throw new RowProblem(dateColumn, "'" + date + "' is a " + actual + " but " + precisionColumn + " says "
                    + precision + ": the row contradicts itself");
        }
        return date;
    }

    /** year, month or day for a valid date in one of the three forms; null for anything else. */
    static String precisionOf(String date) {
        for (Map.Entry<String, Pattern> form : FORMS.entrySet()) {
            if (form.getValue().matcher(date).matches()) {
                try {
                    switch (form.getKey()) {
                        case "month" -> YearMonth.parse(date);
                        case "day" -> LocalDate.parse(date);
                        default -> {
                        }
                    }
                    return form.getKey();
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}

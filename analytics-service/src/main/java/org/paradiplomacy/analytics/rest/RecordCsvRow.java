package org.paradiplomacy.analytics.rest;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paradiplomacy.analytics.statistics.StatisticRecord;
import org.paradiplomacy.analytics.statistics.RecordActor;
import org.paradiplomacy.provenance.Source;

/**
 * A record behind a figure as one CSV row: its lists joined with {@code "; "}, each date as given (a year stays a
 * year), the days they count from in a column of their own.
 */
public record RecordCsvRow(String id, String type, String kind, String title, String status, boolean sourced, String steps,
        String countsFrom, String actors, String actorIds, String sources) {

    public static RecordCsvRow of(StatisticRecord record) {
        return new RecordCsvRow(record.id(), record.type(), record.kind(), record.title(), record.status(),
                record.sourced(),
                join(record.steps(), s -> s.date() == null ? s.step() : s.step() + " " + s.date()),
                join(record.steps(), s -> s.countsFrom() == null ? s.step() : s.step() + " " + s.countsFrom()),
                join(record.actors(), RecordCsvRow::actor),
                join(record.actors(), RecordActor::actorId),
                join(record.sources(), RecordCsvRow::source));
    }

    /** Wuhan (party, CN-HB): the name, role and most precise place known. */
    private static String actor(RecordActor actor) {
        String place = actor.subdivision() != null ? actor.subdivision() : actor.country();
        String name = actor.name() != null ? actor.name() : actor.actorId();
        return name + " (" + actor.role() + (place == null ? "" : ", " + place) + ")";
    }

    /** The title and, in angle brackets, the address. */
    private static String source(Source source) {
        if (source.title() == null) {
            return "<" + source.url() + ">";
        }
        return source.url() == null ? source.title() : source.title() + " <" + source.url() + ">";
    }

    private static <T> String join(List<T> items, Function<T, String> cell) {
        return items.stream().map(cell).collect(Collectors.joining("; "));
    }

    static List<RecordCsvRow> of(List<StatisticRecord> records) {
        return records.stream().map(RecordCsvRow::of).toList();
    }
}

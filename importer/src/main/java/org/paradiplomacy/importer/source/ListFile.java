package org.paradiplomacy.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.source.CsvReader.CsvRecord;

/**
 * A list file in one of the two formats, told apart by its first line: the scraped twin-cities format
 * ({@code city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]}, with or without that header) or the
 * Observatory's own, whose header names its columns ({@code name1,country1,...}; see docs/import.md).
 */
public final class ListFile {

    /** The rows of a file, each a link or a rejection, and the format it was read as. */
    public record Contents(String format, List<ParsedRow> rows) {
    }

    /** A file that cannot be read at all (not UTF-8, an unknown column): nothing of it is imported. */
    public static final class Unreadable extends Exception {

        public Unreadable(String message) {
            super(message);
        }
    }

    private ListFile() {
    }

    public static Contents read(Path file, Countries countries) throws Unreadable {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            CsvReader csv = new CsvReader(in);
            CsvRecord first = csv.next();
            if (first == null) {
                throw new Unreadable(file + " is empty");
            }
            Places places = new Places(countries);
            RowFormat format;
            List<ParsedRow> rows = new ArrayList<>();
            List<String> header = first.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            if (header.contains("name1")) {
                format = ObservatoryFormat.of(header, places);
            } else {
                format = new TwinCitiesFormat(places);
                if (!header.equals(TwinCitiesFormat.HEADER) && !header.equals(TwinCitiesFormat.HEADER_WITHOUT_COORDINATES)) {
                    rows.add(format.parse(first));
                }
            }
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                rows.add(format.parse(record));
            }
            return new Contents(format.name(), rows);
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException ? new Unreadable(file + " is not UTF-8 text")
                    : new Unreadable("cannot read " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** One format's reading of a record. */
    interface RowFormat {

        String name();

        default ParsedRow parse(CsvRecord record) {
            if (record.malformed() != null) {
                return new ParsedRow.Rejected(record.line(), "malformed CSV: " + record.malformed());
            }
            try {
                LinkRow row = link(record.line(), record.cells());
                if (row.first().country().equals(row.second().country())
                        && NameKeys.same(row.first(), row.second())) {
                    return new ParsedRow.Rejected(record.line(), "both sides name the same place, "
                            + row.first().name() + " (" + row.first().country() + ")");
                }
                return new ParsedRow.Link(row);
            } catch (RowRejected e) {
                return new ParsedRow.Rejected(record.line(), e.getMessage());
            }
        }

        LinkRow link(long line, List<String> cells);
    }
}

package org.paradiplomacy.importer.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paradiplomacy.importer.source.CsvReader;
import org.paradiplomacy.importer.source.CsvReader.CsvRecord;
import org.paradiplomacy.importer.source.ListFile;

/** A CSV file whose header names its columns: each record's cells by column name, with the line it starts on. */
final class CsvTable {

    /** One record: its line, and its cells by column (blank cells are null), or why it cannot be read. */
    record Line(long number, Map<String, String> cells, String malformed) {

        String cell(String column) {
            return cells.get(column);
        }
    }

    private CsvTable() {
    }

    static List<Line> read(Path file, List<String> required) throws ListFile.Unreadable {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            CsvReader csv = new CsvReader(in);
            CsvRecord header = csv.next();
            if (header == null) {
                throw new ListFile.Unreadable(file + " is empty");
            }
            List<String> columns = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            for (String column : required) {
                if (!columns.contains(column)) {
                    throw new ListFile.Unreadable(file.getFileName() + " has no '" + column + "' column; its header needs "
                            + String.join(", ", required));
                }
            }
            List<Line> lines = new ArrayList<>();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (record.malformed() != null) {
                    lines.add(new Line(record.line(), Map.of(), "malformed CSV: " + record.malformed()));
                } else if (record.cells().size() != columns.size()) {
                    lines.add(new Line(record.line(), Map.of(), "expected " + columns.size()
                            + " columns as in the header, found " + record.cells().size()));
                } else {
                    Map<String, String> cells = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        String value = record.cells().get(i).strip();
                        cells.put(columns.get(i), value.isEmpty() ? null : value);
                    }
                    lines.add(new Line(record.line(), cells, null));
                }
            }
            return lines;
        } catch (UncheckedIOException | IOException e) {
            throw new ListFile.Unreadable("cannot read " + file + " as UTF-8 CSV: " + e.getMessage());
        }
    }
}

package org.paradiplomacy.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: quoted cells may hold commas, doubled quotes and line breaks. Each
 * record carries the line it starts on, so every rejection can name it; a quote left open ends as a malformed
 * record instead of swallowing the rest of the file.
 */
public final class CsvReader {

    /** One record: its cells, or why it could not be read. */
    public record CsvRecord(long line, List<String> cells, String malformed) {
    }

    private final BufferedReader in;
    private long nextLine = 1;

    public CsvReader(BufferedReader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public CsvRecord next() {
        try {
            String text = in.readLine();
            while (text != null && text.isBlank()) {
                nextLine++;
                text = in.readLine();
            }
            if (text == null) {
                return null;
            }
            long start = nextLine++;
            if (start == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        cells.add(cell.toString());
                        return new CsvRecord(start, cells, null);
                    }
                    String more = in.readLine();
                    if (more == null) {
                        return new CsvRecord(start, cells, "a quoted cell is never closed");
                    }
                    nextLine++;
                    cell.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

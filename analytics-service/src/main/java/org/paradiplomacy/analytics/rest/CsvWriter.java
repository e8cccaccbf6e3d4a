package org.paradiplomacy.analytics.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes any statistics table (a list of records) as {@code text/csv}: one column per field, nested maps
 * flattened into {@code parent.key} columns, lists joined with {@code ;}, text that a spreadsheet would run as a
 * formula prefixed with {@code '}.
 */
@Provider
@Produces("text/csv")
public class CsvWriter implements MessageBodyWriter<List<?>> {

    public static final String TEXT_CSV = "text/csv";

    private final ObjectMapper json;

    public CsvWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(List<?> rows, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", json.convertValue(row, new TypeReference<Map<String, Object>>() { }), cells);
            columns.addAll(cells.keySet());
            flat.add(cells);
        }
        List<String> ordered = inFieldOrder(rows, columns);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", ordered.stream().map(CsvWriter::quote).toList()) + "\r\n");
        for (Map<String, String> cells : flat) {
            writer.write(String.join(",", ordered.stream().map(c -> quote(cells.getOrDefault(c, ""))).toList()) + "\r\n");
        }
        writer.flush();
    }

    /**
     * The columns in the order of the record's fields (a field absent from the first rows, such as an unknown row's
     * country, keeps its place), the keys of a flattened map in the order first seen.
     */
    private static List<String> inFieldOrder(List<?> rows, Set<String> columns) {
        List<String> ordered = new ArrayList<>(columns);
        if (!rows.isEmpty() && rows.getFirst() != null && rows.getFirst().getClass().isRecord()) {
            List<String> fields = java.util.Arrays.stream(rows.getFirst().getClass().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList();
            ordered.sort(java.util.Comparator.comparingInt(column -> {
                int at = fields.indexOf(column.contains(".") ? column.substring(0, column.indexOf('.')) : column);
                return at < 0 ? fields.size() : at;
            }));
        }
        return ordered;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, Map<String, String> cells) {
        values.forEach((key, value) -> {
            String column = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(column, (Map<String, Object>) nested, cells);
            } else if (value instanceof List<?> list) {
                cells.put(column, neutralised(String.join(";", list.stream().map(String::valueOf).toList())));
            } else if (value instanceof Number || value instanceof Boolean) {
                cells.put(column, String.valueOf(value));
            } else {
                cells.put(column, value == null ? "" : neutralised(String.valueOf(value)));
            }
        });
    }

    /**
     * A text cell a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or
     * carriage return before one) starts with {@code '}: opened in a spreadsheet, a title such as
     * {@code =HYPERLINK(...)} stays text. Numbers are written as they are.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quote(String cell) {
        boolean special = cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return special ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

package org.paradiplomacy.importer.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Observatory's own list format (docs/import.md): a header names the columns, in any order. Each side has a
 * name, a country (name or ISO code) and optionally an ISO 3166-2 subdivision, a kind and coordinates; the link
 * has an agreement kind, a signing date, fields of cooperation and a title, all optional.
 */
final class ObservatoryFormat implements ListFile.RowFormat {

    static final List<String> COLUMNS = List.of("name1", "country1", "subdivision1", "kind1", "latitude1", "longitude1",
            "name2", "country2", "subdivision2", "kind2", "latitude2", "longitude2", "agreement_kind", "signed_on",
            "fields", "title");
    static final Set<String> PLACE_KINDS = Set.of("city", "district", "province");
    static final Set<String> AGREEMENT_KINDS = Set.of("letter-of-intent", "memorandum-of-understanding",
            "cooperation", "friendly-exchange", "sister-city");

    private final Map<String, Integer> columns;
    private final Places places;

    private ObservatoryFormat(Map<String, Integer> columns, Places places) {
        this.columns = columns;
        this.places = places;
    }

    static ObservatoryFormat of(List<String> header, Places places) throws ListFile.Unreadable {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!COLUMNS.contains(column)) {
                throw new ListFile.Unreadable("unknown column '" + column + "' in the header; the columns are "
                        + String.join(", ", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw new ListFile.Unreadable("the column '" + column + "' appears twice in the header");
            }
        }
        for (String required : List.of("name1", "country1", "name2", "country2")) {
            if (!columns.containsKey(required)) {
                throw new ListFile.Unreadable("the header has no '" + required + "' column");
            }
        }
        return new ObservatoryFormat(columns, places);
    }

    @Override
    public String name() {
        return "observatory";
    }

    @Override
    public LinkRow link(long line, List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new RowRejected("expected " + columns.size() + " columns as in the header, found " + cells.size());
        }
        PlaceMention first = place(cells, "1");
        PlaceMention second = place(cells, "2");
        String kind = cell(cells, "agreement_kind");
        kind = kind == null ? "sister-city" : kind;
        if (!AGREEMENT_KINDS.contains(kind)) {
            throw new RowRejected("agreement_kind '" + kind + "' is not one of " + String.join(", ", AGREEMENT_KINDS));
        }
        LocalDate signedOn = null;
        String date = cell(cells, "signed_on");
        if (date != null) {
            try {
                signedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new RowRejected("signed_on '" + date + "' is not a date (YYYY-MM-DD)");
            }
        }
        String fields = cell(cells, "fields");
        List<String> fieldList = fields == null ? List.of()
                : Arrays.stream(fields.split(";")).map(String::strip).filter(f -> !f.isEmpty()).collect(Collectors.toList());
        return new LinkRow(line, first, second, kind, cell(cells, "title"), signedOn, fieldList);
    }

    private PlaceMention place(List<String> cells, String side) {
        String kind = cell(cells, "kind" + side);
        if (kind != null && !PLACE_KINDS.contains(kind)) {
            throw new RowRejected("kind" + side + " '" + kind + "' is not one of city, district, province");
        }
        PlaceMention place = places.mention("name" + side, cell(cells, "name" + side), cell(cells, "country" + side),
                cell(cells, "subdivision" + side), kind == null ? "city" : kind, cell(cells, "latitude" + side),
                cell(cells, "longitude" + side), "country" + side);
        if ("province".equals(kind) && place.subdivision() == null) {
            throw new RowRejected("subdivision" + side + " is required for a province (its ISO 3166-2 code)");
        }
        return place;
    }

    private String cell(List<String> cells, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}

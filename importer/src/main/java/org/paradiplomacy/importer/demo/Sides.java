package org.paradiplomacy.importer.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one side of a row (its actor text, kind, country and subdivisions) as the actors it names. Sources name
 * actors with detail around them: "Hubei Province (Provincial People's Congress delegation led by Wang Ling)" is the
 * province of Hubei, "Prefeitura de São Paulo (Secretary Angela Gandra)" the city of São Paulo. The rules:
 * <ul>
 * <li>Parenthesised detail and a trailing "– detail" are set aside; a parenthesised or trailing ", X" subdivision
 * ("Mianyang (Sichuan)", "Quilmes, Buenos Aires Province") places the actor.</li>
 * <li>Several actors are separated by {@code ;}, or listed with "and" before a plural ("Nanchang and Shangrao
 * municipal governments", "(recipients)"); of alternatives joined by " / " ("Hubei Province / Wuhan (host)") the
 * one of the row's kind is meant.</li>
 * <li>The row's kind is mapped to the API's kinds ({@link #KINDS}); a name that says otherwise wins: "Municipio de
 * Quilmes" is a city, "Congreso del Estado de México" a province (state), "Colombia" in a row of national
 * governments the Government of Colombia.</li>
 * <li>A province is its ISO 3166-2 subdivision, named by it: one listed text naming several provinces with several
 * codes ("Región Centro (Córdoba, Santa Fe, Entre Ríos)" with AR-X;AR-S;AR-E) is those provinces. A city takes the
 * row's subdivision when the row gives one for it, and is otherwise placed in its country only.</li>
 * <li>A text that names a group rather than one actor ("Representatives of 38 LAC states", "ambassadors of 13 LAC
 * countries") is no actor; the side keeps the actors it also names.</li>
 * </ul>
 */
final class Sides {

    /** The kinds rows use, as the API's kinds. */
    static final Map<String, String> KINDS = Map.ofEntries(Map.entry("city", "city"), Map.entry("municipality", "city"),
            Map.entry("county-level city", "city"), Map.entry("special_administrative_region", "city"),
            Map.entry("district", "district"), Map.entry("county", "district"), Map.entry("province", "province"),
            Map.entry("region", "province"), Map.entry("state", "province"), Map.entry("department", "province"),
            Map.entry("regional government", "province"), Map.entry("provincial legislature", "province"),
            Map.entry("state legislature", "province"), Map.entry("provincial cppcc", "province"),
            Map.entry("bloc of provinces", "province"), Map.entry("province_state", "province"),
            Map.entry("province_state/city", "province"), Map.entry("national_association", "national-body"),
            Map.entry("national_ministry", "national-body"), Map.entry("national_government", "national-body"),
            Map.entry("national_governments", "national-body"), Map.entry("embassy", "national-body"),
            Map.entry("consulates", "national-body"), Map.entry("business_associations", "national-body"),
            Map.entry("national_government/friendship_orgs", "national-body"),
            Map.entry("association_of_local_governments", "network"), Map.entry("network", "network"),
            Map.entry("forum", "forum"));

    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TRAILING_DETAIL = Pattern.compile("\\s+[–—-]\\s+.*$");
    private static final Pattern MUNICIPAL = Pattern.compile(
            "(?iU)^(municipio|municipalidad|partido|prefeitura|cidade|ciudad|city)\\s+(de|do|da|del|of)\\s+");
    private static final Pattern PROVINCIAL = Pattern.compile("(?iU)\\b(province|provincia|provincias|provincial|"
            + "estado|state|región|region|regional|department|departamento|intendencia|governo do)\\b");
    private static final Pattern MUNICIPAL_WORD = Pattern.compile("(?iU)\\bmunicipal\\b");
    private static final Pattern NOT_ONE_ACTOR = Pattern.compile("(?iU)\\b(countries|states|organisations|"
            + "organizations|consulates|ambassadors|representatives|participants|consuls|provinces|cities|pairs|cited)\\b");
    private static final Pattern ORGAN = Pattern.compile("(?iU)\\s+(municipal|municipality|sar|city council|government|"
            + "governments|delegation)\\b.*$");
    private static final Pattern LISTED = Pattern.compile("(?iU)^(.*?)\\s*(municipal governments|provinces|"
            + "\\(recipients\\)|\\(hosts\\))$");

    /** The actors of a side, and the texts it names that are no single actor. */
    record Side(List<Party> parties, List<String> groups) {
    }

    /** The cells of one side and their column names, for messages. */
    record Cells(String text, String textColumn, String kind, String kindColumn, String country, String countryColumn,
            String subdivisions, String subdivisionColumn) {
    }

    /** One actor text once read: its kind, name, own subdivision (from its qualifier) and own country. */
    private record Piece(String text, String kind, String name, String subdivision, String country) {
    }

    private final Gazetteer places;

    Sides(Gazetteer places) {
        this.places = places;
    }

    Side read(Cells cells) {
        if (cells.text() == null) {
            return new Side(List.of(), List.of());
        }
        String rowKind = cells.kind() == null ? null : KINDS.get(cells.kind().toLowerCase(Locale.ROOT));
        if (rowKind == null) {
            throw new RowProblem(cells.kindColumn(), cells.kind() == null ? "is empty"
                    : "'" + cells.kind() + "' is none of the kinds the loader maps (" + String.join(", ",
                            KINDS.keySet().stream().sorted().toList()) + ")");
        }
        String country = cells.country();
        if (country != null && !places.isCountry(country)) {
            throw new RowProblem(cells.countryColumn(), "'" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        List<String> codes = new ArrayList<>();
        if (cells.subdivisions() != null) {
            for (String code : cells.subdivisions().split(";")) {
                String trimmed = code.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!places.isSubdivisionOf(trimmed, country)) {
                    throw new RowProblem(cells.subdivisionColumn(), "'" + trimmed + "' is not an ISO 3166-2 subdivision of "
                            + (country == null ? "the row's country, which is empty" : country));
                }
                codes.add(trimmed);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String part : splitOutsideParentheses(cells.text(), ';')) {
            for (String listed : listed(part)) {
                Piece piece = chosen(listed, rowKind, country);
                if (piece == null) {
                    groups.add(listed.strip());
                } else {
                    pieces.add(piece);
                }
            }
        }
        return new Side(place(pieces, codes, cells), groups);
    }

    /** Gives provinces their codes and cities theirs, and checks every actor has a country. */
    private List<Party> place(List<Piece> pieces, List<String> codes, Cells cells) {
        List<Piece> provinces = pieces.stream().filter(p -> p.kind().equals("province")).toList();
        List<Piece> local = pieces.stream().filter(p -> p.kind().equals("city") || p.kind().equals("district")).toList();
        List<Party> parties = new ArrayList<>();
        List<String> provinceCodes;
        if (provinces.size() == 1 && local.isEmpty() && codes.size() > 1) {
            provinceCodes = codes;
        } else if (provinces.size() == codes.size() || (provinces.size() == 1 && codes.size() == 1)) {
            provinceCodes = codes;
        } else if (provinces.isEmpty()) {
            provinceCodes = List.of();
        } else if (codes.isEmpty()) {
            throw new RowProblem(cells.subdivisionColumn(), "is empty, but a province is its ISO 3166-2 code ("
                    + provinces.get(0).text().strip() + ")");
        } else {
            throw new RowProblem(cells.subdivisionColumn(), "gives " + codes.size() + " subdivisions for "
                    + provinces.size() + " provinces");
        }
        for (String code : provinceCodes) {
            parties.add(new Party(places.provinceName(code), "province", cells.country(), code));
        }
        for (int i = 0; i < local.size(); i++) {
            Piece piece = local.get(i);
            String subdivision = piece.subdivision();
            if (subdivision == null && provinces.isEmpty() && codes.size() == local.size()) {
                subdivision = codes.get(i);
            } else if (subdivision == null && codes.size() == 1 && (!provinces.isEmpty() || i == 0)) {
                subdivision = codes.get(0);
            }
            parties.add(new Party(piece.name(), piece.kind(), country(piece, cells), subdivision));
        }
        for (Piece piece : pieces) {
            if (!piece.kind().equals("province") && !local.contains(piece)) {
                String country = piece.kind().equals("network") || piece.kind().equals("forum") ? piece.country() != null
                        ? piece.country() : cells.country() : country(piece, cells);
                parties.add(new Party(piece.name(), piece.kind(), country, null));
            }
        }
        return parties;
    }

    private static String country(Piece piece, Cells cells) {
        String country = piece.country() != null ? piece.country() : cells.country();
        if (country == null) {
            throw new RowProblem(cells.countryColumn(), "is empty, so '" + piece.text().strip() + "' cannot be placed");
        }
        return country;
    }

    /** The actor texts of one part: several when it lists them with "and" before a plural. */
    private static List<String> listed(String part) {
        Matcher plural = LISTED.matcher(part.strip());
        if (!plural.matches()) {
            return List.of(part);
        }
        List<String> texts = new ArrayList<>();
        for (String text : plural.group(1).split("\\s*,\\s*|\\s+and\\s+")) {
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The piece a text names; of " / " alternatives the one of the row's kind; null for a group. */
    private Piece chosen(String text, String rowKind, String country) {
        List<Piece> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\s+/\\s+")) {
            Piece piece = piece(alternative, rowKind, country);
            if (piece != null) {
                alternatives.add(piece);
            }
        }
        return alternatives.stream().filter(p -> p.kind().equals(rowKind)).findFirst()
                .orElse(alternatives.isEmpty() ? null : alternatives.get(0));
    }

    private Piece piece(String text, String rowKind, String country) {
        String core = TRAILING_DETAIL.matcher(text.strip()).replaceFirst("");
        String subdivision = null;
        Matcher detail = PARENTHESISED.matcher(core);
        while (detail.find() && subdivision == null) {
            for (String qualifier : detail.group(1).split("[,;]")) {
                Optional<String> code = places.subdivision(country, qualifier.strip());
                if (code.isPresent()) {
                    subdivision = code.get();
                    break;
                }
            }
        }
        core = PARENTHESISED.matcher(core).replaceAll(" ").replaceAll("\\s+", " ").strip();
        core = core.replaceAll("\\s+,", ",");
        int comma = core.lastIndexOf(", ");
        if (comma > 0) {
            Optional<String> code = places.subdivision(country, core.substring(comma + 2));
            if (code.isPresent()) {
                subdivision = code.get();
                core = core.substring(0, comma).strip();
            }
        }
        int and = core.lastIndexOf(" and ");
        if (and > 0 && NOT_ONE_ACTOR.matcher(core.substring(and)).find()) {
            core = core.substring(0, and).strip();
        }
        if (core.isEmpty() || NOT_ONE_ACTOR.matcher(core).find()) {
            return null;
        }
        Matcher municipal = MUNICIPAL.matcher(core);
        if (municipal.find()) {
            return new Piece(text, "city", cityName(core.substring(municipal.end())), subdivision, null);
        }
        if (rowKind.equals("national-body")) {
            Optional<String> named = places.countryNamed(core);
            if (named.isPresent()) {
                return new Piece(text, "national-body", "Government of " + places.countryName(named.get()), null,
                        named.get());
            }
            return new Piece(text, "national-body", core, null, null);
        }
        if (MUNICIPAL_WORD.matcher(core).find() && !PROVINCIAL.matcher(core).find()) {
            return new Piece(text, "city", cityName(core), subdivision, null);
        }
        if (PROVINCIAL.matcher(core).find() && !rowKind.equals("network")) {
            return new Piece(text, "province", core, subdivision, null);
        }
        return switch (rowKind) {
            case "city", "district" -> new Piece(text, rowKind, cityName(core), subdivision, null);
            case "network", "forum" -> new Piece(text, rowKind, core.replaceFirst("(?i)\\s+delegation$", ""), null, null);
            default -> new Piece(text, rowKind, core, subdivision, null);
        };
    }

    /** "Wuhan Municipal Government" is Wuhan, "Macao SAR" Macao. */
    private static String cityName(String core) {
        String name = ORGAN.matcher(core).replaceFirst("").strip();
        return name.isEmpty() ? core : name;
    }

    /** Splits at the separator where it is outside parentheses. */
    static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == separator && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}

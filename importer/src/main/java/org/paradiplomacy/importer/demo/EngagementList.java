package org.paradiplomacy.importer.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paradiplomacy.importer.demo.Recording.Row;
import org.paradiplomacy.importer.demo.Sides.Cells;
import org.paradiplomacy.importer.demo.Sides.Side;
import org.paradiplomacy.importer.source.ListFile;

/**
 * Reads a list of sourced engagements between Chinese and Latin American actors (the columns of
 * {@code china_lac_engagements.csv}, see docs/import.md) as {@link Recording}s: who is the party, leader, host,
 * participant, issuer or subject follows {@code kind} and {@code leading_side}; dates keep their
 * {@code date_precision}; {@code status} says whether a mission was completed or only planned. A row that cannot be
 * recorded truthfully is refused with its line, column and reason, and nothing of it is recorded.
 */
public final class EngagementList {

    static final List<String> COLUMNS = List.of("kind", "subkind", "chinese_actor", "chinese_actor_kind",
            "chinese_subdivision_iso", "lac_actor", "lac_actor_kind", "lac_country_iso2", "lac_subdivision_iso", "date",
            "date_precision", "status", "leading_side", "description", "source_title", "source_url");
    static final Set<String> AGREEMENT_KINDS = Set.of("sister-city", "friendly-exchange", "cooperation",
            "memorandum-of-understanding", "letter-of-intent");
    static final Set<String> MISSION_KINDS = Set.of("trade-mission", "official-visit", "delegation");
    static final Map<String, String> KIND_TITLES = Map.of("sister-city", "Sister cities", "friendly-exchange",
            "Friendly exchange", "cooperation", "Cooperation", "memorandum-of-understanding", "Memorandum of understanding",
            "letter-of-intent", "Letter of intent");
    static final int TITLE = 300;
    static final int TEXT = 4000;

    /** The rows read: what to record, and what is refused. */
    public record Contents(int rows, List<Recording> recordings, List<Refused> refused, Map<Long, String> kinds) {
    }

    private EngagementList() {
    }

    public static Contents read(Path file, Gazetteer places) throws ListFile.Unreadable {
        String name = file.getFileName().toString();
        Sides sides = new Sides(places);
        List<CsvTable.Line> lines = CsvTable.read(file, COLUMNS);
        List<Recording> recordings = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, Long> keys = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        for (CsvTable.Line line : lines) {
            if (line.cell("kind") != null) {
                kinds.put(line.number(), lower(line.cell("kind")));
            }
            if (line.malformed() != null) {
                refused.add(new Refused(name, line.number(), null, line.malformed()));
                continue;
            }
            try {
                Recording recording = recording(name, line, sides);
                Long earlier = keys.putIfAbsent(recording.row().key(), line.number());
                if (earlier != null) {
                    refused.add(new Refused(name, line.number(), null, "repeats the record of line " + earlier));
                } else {
                    recordings.add(recording);
                }
            } catch (RowProblem problem) {
                refused.add(new Refused(name, line.number(), problem.column(), problem.getMessage()));
            }
        }
        return new Contents(lines.size(), recordings, refused, kinds);
    }

    private static Recording recording(String file, CsvTable.Line line, Sides sides) {
        String kind = lower(line.cell("kind"));
        String subkind = lower(line.cell("subkind"));
        String date = RowDate.of("date", line.cell("date"), "date_precision", lower(line.cell("date_precision")));
        String status = lower(line.cell("status"));
        if (line.cell("source_title") == null && line.cell("source_url") == null) {
            throw new RowProblem("source_url", "is empty, and so is source_title: every record needs its source");
        }
        Row row = new Row(file, line.number(), key(file, line), line.cell("source_title"), line.cell("source_url"));
        Side chinese = sides.read(new Cells(line.cell("chinese_actor"), "chinese_actor", line.cell("chinese_actor_kind"),
                "chinese_actor_kind", "CN", "chinese_actor", line.cell("chinese_subdivision_iso"),
                "chinese_subdivision_iso"));
        Side lac = sides.read(new Cells(line.cell("lac_actor"), "lac_actor", line.cell("lac_actor_kind"),
                "lac_actor_kind", line.cell("lac_country_iso2"), "lac_country_iso2", line.cell("lac_subdivision_iso"),
                "lac_subdivision_iso"));
        String description = line.cell("description");
        if (kind == null) {
            throw new RowProblem("kind", "is empty");
        }
        return switch (kind) {
            case "agreement" -> agreement(row, subkind, status, date, chinese, lac);
            case "mission" -> mission(row, subkind, status, date, chinese, lac, lower(line.cell("leading_side")),
                    description);
            case "conference" -> conference(row, status, date, chinese, lac, lower(line.cell("leading_side")),
                    description);
            case "statement" -> statement(row, date, chinese, lac, lower(line.cell("leading_side")), description);
            default -> throw new RowProblem("kind", "'" + kind + "' is not agreement, mission, conference or statement");
        };
    }

    private static Recording agreement(Row row, String subkind, String status, String date, Side chinese, Side lac) {
        if (subkind == null || !AGREEMENT_KINDS.contains(subkind)) {
            throw new RowProblem("subkind", "'" + subkind + "' is not one of "
                    + String.join(", ", AGREEMENT_KINDS.stream().sorted().toList()));
        }
        // A link in force was signed; the row's date is when it began.
        if (status == null || !(status.startsWith("signed") || status.equals("in force") || status.equals("in_force"))) {
            throw new RowProblem("status", "'" + status + "': only signed agreements (or in force) are recorded");
        }
        List<Party> parties = new ArrayList<>(new LinkedHashSet<>(both(chinese, lac)));
        require(!chinese.parties().isEmpty(), "chinese_actor", "names no party");
        require(!lac.parties().isEmpty(), "lac_actor", "names no party");
        String title = KIND_TITLES.get(subkind) + ": " + String.join(" – ", parties.stream().map(Party::label).toList());
        return new Recording.Agreement(row, subkind, shorten(title, TITLE), parties, date);
    }

    private static Recording mission(Row row, String subkind, String status, String date, Side chinese, Side lac,
            String leading, String description) {
        if (subkind == null || !MISSION_KINDS.contains(subkind)) {
            throw new RowProblem("subkind", "'" + subkind + "' is not one of "
                    + String.join(", ", MISSION_KINDS.stream().sorted().toList()));
        }
        boolean completed;
        if ("completed".equals(status)) {
            completed = true;
        } else if (status != null && (status.startsWith("planned") || status.startsWith("scheduled"))) {
            completed = false;
        } else {
            throw new RowProblem("status", "'" + status + "' is neither completed nor planned/scheduled");
        }
        Side[] roles = roles(leading, chinese, lac, "a mission's leader");
        return new Recording.Mission(row, subkind, single(roles[0], leading, "leader"), others(roles[1], leading), date,
                completed, description == null ? null : shorten(description, TEXT));
    }

    private static Recording conference(Row row, String status, String date, Side chinese, Side lac, String leading,
            String description) {
        if (status != null && (status.startsWith("planned") || status.startsWith("scheduled"))) {
            throw new RowProblem("status", "'" + status + "': the API records a conference once it was held, and"
                    + " this one is only announced");
        }
        if (!"held".equals(status)) {
            throw new RowProblem("status", "'" + status + "' is not held");
        }
        Side[] roles = roles(leading, chinese, lac, "a conference's host");
        return new Recording.Conference(row, conferenceTitle(description, row), single(roles[0], leading, "host"),
                others(roles[1], leading), date);
    }

    private static Recording statement(Row row, String date, Side chinese, Side lac, String leading,
            String description) {
        Side[] roles = roles(leading, chinese, lac, "a statement's issuer");
        String title = row.sourceTitle() != null ? row.sourceTitle() : "Statement";
        return new Recording.Statement(row, single(roles[0], leading, "issuer"), others(roles[1], leading), date,
                shorten(title, TITLE), row.sourceUrl(), description == null ? null : shorten(description, TEXT));
    }

    /** {leading side, other side}; a blank leading_side leaves the role unknown, and the row is refused. */
    private static Side[] roles(String leading, Side chinese, Side lac, String role) {
        if (leading == null) {
            throw new RowProblem("leading_side", "is empty: the source does not say which side is " + role);
        }
        return switch (leading) {
            case "chinese" -> new Side[] {chinese, lac};
            case "lac" -> new Side[] {lac, chinese};
            default -> throw new RowProblem("leading_side", "'" + leading + "' is neither chinese nor lac");
        };
    }

    private static Party single(Side side, String leading, String role) {
        String column = leading.equals("chinese") ? "chinese_actor" : "lac_actor";
        require(!side.parties().isEmpty(), column, "names no actor to be the " + role
                + (side.groups().isEmpty() ? "" : " (" + String.join("; ", side.groups()) + " is not one actor)"));
        require(side.parties().size() == 1, column, "names " + side.parties().size() + " actors, but there is one "
                + role);
        return side.parties().get(0);
    }

    private static List<Party> others(Side side, String leading) {
        if (side.parties().isEmpty()) {
            throw new RowProblem(leading.equals("chinese") ? "lac_actor" : "chinese_actor", side.groups().isEmpty()
                    ? "is empty: the record needs an actor on this side"
                    : "names no actor: " + String.join("; ", side.groups()) + " is not one actor");
        }
        return side.parties();
    }

    /** The conference's name as the description opens with it: "5th China-LAC People-to-People Friendship Forum". */
    private static String conferenceTitle(String description, Row row) {
        if (description != null) {
            String title = description.split("\\s+held\\b|,|;|\\s\\(|\\swithin\\b", 2)[0]
                    .replaceAll("^['\"‘“]|['\"’”]$", "").strip();
            if (!title.isEmpty()) {
                return shorten(title, TITLE);
            }
        }
        return shorten(row.sourceTitle() != null ? row.sourceTitle() : "Conference", TITLE);
    }

    private static List<Party> both(Side chinese, Side lac) {
        List<Party> parties = new ArrayList<>(chinese.parties());
        parties.addAll(lac.parties());
        return parties;
    }

    /** The file and what identifies the row's record (not its line): editing other rows does not change it. */
    private static String key(String file, CsvTable.Line line) {
        String identity = String.join("|", file, cell(line, "kind"), cell(line, "subkind"), cell(line, "chinese_actor"),
                cell(line, "lac_actor"), cell(line, "date"), cell(line, "source_url"));
        return "real-" + file.replaceFirst("\\.csv$", "").replace('_', '-') + "-" + digest(identity);
    }

    private static String cell(CsvTable.Line line, String column) {
        String value = line.cell(column);
        return value == null ? "" : value;
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean condition, String column, String reason) {
        if (!condition) {
            throw new RowProblem(column, reason);
        }
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}

package org.paradiplomacy.importer.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paradiplomacy.importer.demo.Recording.Row;
import org.paradiplomacy.importer.demo.Sides.Cells;
import org.paradiplomacy.importer.demo.Sides.Side;
import org.paradiplomacy.importer.source.ListFile;

/**
 * Reads a list of network memberships (the columns of {@code network_memberships.csv}). The API needs the day,
 * month or year a membership began ({@code since}). Where the list gives it at its precision, that is it. Where
 * it only says the actor was a member by a date ("before 2014-06-09", "member by 2018"), the membership is
 * recorded from that date: the earliest the source vouches for, never earlier. Where it gives no date at all
 * ("member (year not stated)"), the membership is recorded from the day the list vouches for its members
 * ({@code attestedOn}). Either way the list's own words go with the record's source. A membership request is
 * not a membership and is refused, as is a row repeating an actor's membership of the same network.
 */
public final class MembershipList {

    static final List<String> COLUMNS = List.of("actor", "actor_kind", "country_iso2", "subdivision_iso", "network",
            "joined", "date_precision", "source_title", "source_url");
    private static final Pattern BY_DATE = Pattern.compile("(?i)\\b(?:before|by)\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\b");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\([^()]*\\)");

    /** One membership to record: the member, the network, since when, and the list's words when no joining date. */
    public record Membership(Row row, Party member, Party network, String since, String joinedAsListed) {
    }

    public record Contents(int rows, List<Membership> memberships, List<Refused> refused) {
    }

    private MembershipList() {
    }

    public static Contents read(Path file, Gazetteer places, LocalDate attestedOn) throws ListFile.Unreadable {
        String name = file.getFileName().toString();
        Sides sides = new Sides(places);
        List<Membership> memberships = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<CsvTable.Line> lines = CsvTable.read(file, COLUMNS);
        for (CsvTable.Line line : lines) {
            if (line.malformed() != null) {
                refused.add(new Refused(name, line.number(), null, line.malformed()));
                continue;
            }
            try {
                Membership membership = membership(name, line, sides, attestedOn);
                Long earlier = seen.putIfAbsent(membership.member().identity() + "@" + membership.network().identity(),
                        line.number());
                if (earlier != null) {
                    refused.add(new Refused(name, line.number(), "actor", "repeats the membership of line " + earlier
                            + " in " + membership.network().name() + " (a later role in it is not a new membership)"));
                } else {
                    memberships.add(membership);
                }
            } catch (RowProblem problem) {
                refused.add(new Refused(name, line.number(), problem.column(), problem.getMessage()));
            }
        }
        return new Contents(lines.size(), memberships, refused);
    }

    private static Membership membership(String file, CsvTable.Line line, Sides sides, LocalDate attestedOn) {
        if (line.cell("source_title") == null && line.cell("source_url") == null) {
            throw new RowProblem("source_url", "is empty, and so is source_title: every record needs its source");
        }
        Side side = sides.read(new Cells(line.cell("actor"), "actor", line.cell("actor_kind"), "actor_kind",
                line.cell("country_iso2"), "country_iso2", line.cell("subdivision_iso"), "subdivision_iso"));
        if (side.parties().size() != 1) {
            throw new RowProblem("actor", side.parties().isEmpty() ? "names no actor" : "names "
                    + side.parties().size() + " actors; a row is one membership");
        }
        String network = line.cell("network") == null ? null : PARENTHESISED.matcher(line.cell("network")).replaceAll("").strip();
        if (network == null || network.isEmpty()) {
            throw new RowProblem("network", "is empty");
        }
        String joined = line.cell("joined");
        String precision = line.cell("date_precision") == null ? null : line.cell("date_precision").toLowerCase(Locale.ROOT);
        String since;
        String asListed = null;
        if (joined != null && joined.toLowerCase(Locale.ROOT).startsWith("membership request")) {
            throw new RowProblem("joined", "'" + joined + "': a membership request is not a membership");
        } else if (precision != null) {
            since = RowDate.of("joined", joined, "date_precision", precision);
        } else if (joined == null) {
            throw new RowProblem("joined", "is empty");
        } else {
            Matcher by = BY_DATE.matcher(joined);
            if (by.find()) {
                since = by.group(1);
                if (RowDate.precisionOf(since) == null) {
                    throw new RowProblem("joined", "'" + since + "' is not a date");
                }
            } else {
                since = attestedOn.toString();
            }
            asListed = joined;
        }
        String key = "real-" + file.replaceFirst("\\.csv$", "").replace('_', '-') + "-"
                + EngagementList.digest(file + "|" + line.cell("actor") + "|" + line.cell("network"));
        Row row = new Row(file, line.number(), key, line.cell("source_title"), line.cell("source_url"));
        return new Membership(row, side.parties().get(0), new Party(network, "network", null, null), since, asListed);
    }
}

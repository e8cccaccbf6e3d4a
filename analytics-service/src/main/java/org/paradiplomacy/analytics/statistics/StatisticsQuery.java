package org.paradiplomacy.analytics.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The statistics' queries, each in a file of its own under {@code statistics/} named by what it counts, read
 * once when the class loads. A file may use the fragments {@code {status}} (each agreement's status on the date,
 * {@code agreement-status.sql}) and {@code {activity}} (the steps that are activity, {@code activity-steps.sql});
 * {@code {s}} stands for the generation's schema and is filled in by {@link Snapshot}, and a statistic fills in
 * the others ({@code {region}}, {@code {regionCountry}}, {@code {counterpart}}, {@code {counterpartCountry}}) with columns of its own choosing, never with a client's
 * text. Lines starting with {@code --} are comments.
 */
enum StatisticsQuery {
    REGION_ACTORS_BY_KIND("region-actors-by-kind"),
    REGION_MEMBERSHIPS("region-memberships"),
    REGION_AGREEMENTS_BY_KIND_AND_STATUS("region-agreements-by-kind-and-status"),
    REGION_RELATIONSHIPS("region-relationships"),
    REGION_MISSIONS_BY_ROLE("region-missions-by-role"),
    REGION_CONFERENCES_AND_STATEMENTS("region-conferences-and-statements"),
    REGION_FIRST_AND_LAST_ACTIVITY("region-first-and-last-activity"),
    CHINA_LATIN_AMERICA_PAIRS("china-latin-america-pairs"),
    COUNTRY_PAIRS("country-pairs"),
    ENGAGEMENTS_BY_YEAR("engagements-by-year"),
    MOST_ACTIVE_ACTORS("most-active-actors"),
    DORMANT_LINKS("dormant-links"),
    AGREEMENTS_BY_FIELD("agreements-by-field"),
    RECORDS_MATCHING("records-matching"),
    RECORDS_ACTORS_MATCHING("records-actors-matching"),
    RECORDS_MEMBERSHIPS_MATCHING("records-memberships-matching"),
    RECORD_STEPS("record-steps"),
    RECORD_ACTORS("record-actors");

    private final String sql;

    StatisticsQuery(String file) {
        this.sql = read(file).replace("{status}", read("agreement-status")).replace("{activity}", read("activity-steps"));
    }

    /** The query's text, with {@code {s}} still to be filled in. */
    String sql() {
        return sql;
    }

    /** The query's text with one more placeholder filled in, such as {@code {region}} with a column. */
    String with(String placeholder, String value) {
        return sql.replace("{" + placeholder + "}", value);
    }

    private static String read(String name) {
        try (InputStream in = StatisticsQuery.class.getResourceAsStream("/statistics/" + name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("No statistics query statistics/" + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

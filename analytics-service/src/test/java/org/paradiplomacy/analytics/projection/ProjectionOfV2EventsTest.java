package org.paradiplomacy.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.consume.PoisonMessage;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * The facts the projection keeps from v2 events: each date as given with its precision and the day it counts
 * from (by the event's time), the sources of each step, whether a record is sourced, and actors named as objects.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class ProjectionOfV2EventsTest {

    private static final String SOURCE = """
            [{"title": "Wuhan and Concepción become sister cities", "url": "https://www.hubei.gov.cn/news/2016-04-25.html",
              "publishedOn": "2016-04", "accessedOn": "2026-11-30", "language": "zh"}]""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProjectionSchema schemas;

    private String schema;
    private ProjectionWriter writer;
    private long offset;

    @BeforeEach
    void freshGeneration() {
        schemas.drop(901);
        schema = schemas.create(901);
        writer = new ProjectionWriter(dataSource, schema);
    }

    private void apply(String type, String subject, long version, String recordedAt, String payload) {
        try {
            writer.handle(new ReceivedEvent("t", 0, offset++, UUID.randomUUID().toString(), "org.paradiplomacy." + type,
                    "/test", subject, Instant.parse(recordedAt), version, EventJson.MAPPER.readTree(payload)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAgreementOfV2KeepsEachDateAsGivenTheDayItCountsFromAndItsSources() throws SQLException {
        String id = UUID.randomUUID().toString();
        apply("agreement.proposed.v2", id, 1, "2019-03-01T09:00:00Z", """
                {"agreementId": "%s", "kind": "sister-city", "title": "Wuhan and Concepción",
                 "parties": [{"actorId": "a1", "name": "Wuhan", "kind": "city", "country": "CN", "subdivision": "CN-HB"},
                             {"actorId": "a2"}], "fields": ["culture"], "proposedOn": "2019-02"}""".formatted(id));
        apply("agreement.signed.v2", id, 2, "2019-03-10T23:59:00Z", """
                {"agreementId": "%s", "parties": [{"actorId": "other"}], "signedOn": "2019", "sources": %s}"""
                .formatted(id, SOURCE));
        apply("agreement.renewed.v2", id, 3, "2026-12-01T10:00:00Z", """
                {"agreementId": "%s", "parties": [{"actorId": "a1"}], "renewedOn": "2024-02", "validUntil": "2034-02-29"}"""
                .formatted(id));

        assertThat(rows("SELECT step, date_text, precision, on_date::text, jsonb_array_length(sources) FROM {s}.step"
                + " WHERE engagement_id = '" + id + "' ORDER BY version")).containsExactly(
                // Recorded after its month: from its last day. Recorded within its year: from that day.
                "proposed|2019-02|month|2019-02-28|0", "signed|2019|year|2019-03-10|1", "renewed|2024-02|month|2024-02-29|0");
        assertThat(rows("SELECT sourced FROM {s}.engagement WHERE id = '" + id + "'")).containsExactly("t");
        // The parties are the proposal's, named as v2 names them; a lifecycle event's repeated parties add none.
        assertThat(rows("SELECT actor_id, role, coalesce(name, '-'), coalesce(subdivision, '-') FROM {s}.participant"
                + " WHERE engagement_id = '" + id + "' ORDER BY actor_id"))
                .containsExactly("a1|party|Wuhan|CN-HB", "a2|party|-|-");
        assertThat(rows("SELECT sources->0->>'publishedOn' FROM {s}.step WHERE engagement_id = '" + id + "' AND step = 'signed'"))
                .containsExactly("2016-04");
    }

    @Test
    void aSigningWithoutAProposalDateGivesTheProposalTheDayItCountsFromButNoDate() throws SQLException {
        String id = UUID.randomUUID().toString();
        apply("agreement.proposed.v1", id, 1, "2026-12-01T09:00:00Z", """
                {"agreementId": "%s", "kind": "cooperation", "title": "T", "parties": ["a1", "a2"]}""".formatted(id));
        apply("agreement.signed.v2", id, 2, "2026-12-01T09:00:00Z", """
                {"agreementId": "%s", "signedOn": "2019"}""".formatted(id));
        assertThat(rows("SELECT step, coalesce(date_text, '-'), coalesce(precision, '-'), on_date::text FROM {s}.step"
                + " WHERE engagement_id = '" + id + "' ORDER BY version"))
                .containsExactly("proposed|-|-|2019-12-31", "signed|2019|year|2019-12-31");
        assertThat(rows("SELECT sourced FROM {s}.engagement WHERE id = '" + id + "'")).containsExactly("f");
    }

    @Test
    void missionsConferencesAndStatementsOfV2NameTheirActorsAsObjects() throws SQLException {
        String mission = UUID.randomUUID().toString();
        apply("mission.planned.v2", mission, 1, "2020-01-05T00:00:00Z", """
                {"missionId": "%s", "kind": "trade-mission", "leader": {"actorId": "l1", "name": "Sichuan"},
                 "hosts": [{"actorId": "h1", "country": "CL", "subdivision": "CL-BI"}], "startsOn": "2020-03"}""".formatted(mission));
        apply("mission.completed.v2", mission, 2, "2020-04-02T00:00:00Z", """
                {"missionId": "%s", "leader": {"actorId": "l1"}, "hosts": [{"actorId": "h1"}], "completedOn": "2020-03",
                 "sources": %s}""".formatted(mission, SOURCE));
        String conference = UUID.randomUUID().toString();
        apply("conference.held.v2", conference, 1, "2021-06-15T00:00:00Z", """
                {"conferenceId": "%s", "title": "Forum", "host": {"actorId": "c1"}, "participants": [{"actorId": "c2"}],
                 "startsOn": "2021"}""".formatted(conference));
        String statement = UUID.randomUUID().toString();
        apply("statement.issued.v2", statement, 1, "2022-01-01T00:00:00Z", """
                {"statementId": "%s", "issuer": {"actorId": "s1"}, "about": [{"actorId": "s2"}, {"actorId": "s3"}],
                 "issuedOn": "2021-12", "title": "On trade"}""".formatted(statement));

        assertThat(rows("SELECT engagement_id = '" + mission + "', actor_id, role FROM {s}.participant"
                + " ORDER BY actor_id")).containsExactly("f|c1|host", "f|c2|participant", "t|h1|host", "t|l1|leader",
                "f|s1|issuer", "f|s2|subject", "f|s3|subject");
        assertThat(rows("SELECT step, date_text, on_date::text FROM {s}.step ORDER BY on_date")).containsExactly(
                "planned|2020-03|2020-03-31", "completed|2020-03|2020-03-31", "held|2021|2021-06-15",
                "issued|2021-12|2021-12-31");
        assertThat(rows("SELECT id = '" + mission + "', sourced FROM {s}.engagement ORDER BY 1")).containsExactly(
                "f|f", "f|f", "t|t");
    }

    @Test
    void actorsAndMembershipsOfV2CountFromTheirDatesAndAreSourcedByTheirOwnSources() throws SQLException {
        apply("actor.registered.v1", "x1", 1, "2020-01-01T00:00:00Z", """
                {"actorId": "x1", "kind": "city", "names": {"en": "Wuhan"}, "place": {"country": "CN"}}""");
        apply("actor.network-membership-started.v2", "x1", 2, "2020-01-01T00:00:00Z", """
                {"actorId": "x1", "networkId": "n1", "since": "2016-05", "sources": %s}""".formatted(SOURCE));
        apply("actor.network-membership-ended.v2", "x1", 3, "2023-07-20T00:00:00Z", """
                {"actorId": "x1", "networkId": "n1", "until": "2023"}""");
        apply("actor.renamed.v2", "x1", 4, "2024-01-01T00:00:00Z", """
                {"actorId": "x1", "names": {"en": "Wuhan City"}, "effectiveOn": "2023", "sources": %s}""".formatted(SOURCE));
        apply("actor.retired.v2", "x1", 5, "2025-01-01T00:00:00Z", """
                {"actorId": "x1", "reason": "merged", "effectiveOn": "2024-06"}""");
        apply("actor.registered.v1", "x2", 1, "2020-01-01T00:00:00Z", """
                {"actorId": "x2", "kind": "city", "names": {"en": "Lima"}, "place": {"country": "PE"}, "sources": %s}"""
                .formatted(SOURCE));

        assertThat(rows("SELECT since::text, since_text, since_precision, until::text, until_text, until_precision, sourced"
                + " FROM {s}.membership")).containsExactly("2016-05-31|2016-05|month|2023-07-20|2023|year|t");
        assertThat(rows("SELECT id, name, coalesce(retired_on::text, '-'), sourced FROM {s}.actor ORDER BY id"))
                .containsExactly("x1|Wuhan City|2024-06-30|t", "x2|Lima|-|t");
    }

    @Test
    void badDatesAndUnknownVersionsAreRefusedAsPoison() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> apply("agreement.signed.v2", id, 2, "2020-01-01T00:00:00Z",
                "{\"agreementId\": \"" + id + "\", \"signedOn\": \"2019-13\"}"))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("signedOn '2019-13' is not a date");
        assertThatThrownBy(() -> apply("agreement.signed.v3", id, 2, "2020-01-01T00:00:00Z",
                "{\"agreementId\": \"" + id + "\", \"signedOn\": \"2019\"}"))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("agreement.signed at version 3 cannot be read");
        // Registrations and corrections only gained optional sources: they stay v1, and a v2 is not theirs.
        assertThatThrownBy(() -> apply("actor.details-corrected.v2", "x9", 2, "2020-01-01T00:00:00Z",
                "{\"actorId\": \"x9\"}")).isInstanceOf(PoisonMessage.class).hasMessageContaining("version 2 cannot be read");
        assertThatThrownBy(() -> apply("agreement.signed.v2", id, 2, "2020-01-01T00:00:00Z",
                "{\"agreementId\": \"" + id + "\", \"signedOn\": \"2019\", \"sources\": {\"title\": \"x\"}}"))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("sources is not a list");
    }

    /** Each row's columns joined with |. */
    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql.replace("{s}", schema))) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(result.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}

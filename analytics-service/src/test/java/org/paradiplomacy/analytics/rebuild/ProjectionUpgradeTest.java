package org.paradiplomacy.analytics.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * A deployment upgraded from a version of an older format (1, before dates at their precision; 2, before merges and
 * withdrawals): the generation it finds gets the new columns (so it keeps answering) and is rebuilt into the
 * current format, by one replica.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class ProjectionUpgradeTest {

    @Inject
    ProjectionSchema schemas;

    @Inject
    ProjectionUpgrade upgrade;

    @Inject
    LiveProjection live;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGenerationOfTheOldFormatGetsTheNewColumnsWithItsDaysAsDates() throws Exception {
        schemas.drop(903);
        try (InputStream in = getClass().getResourceAsStream("/projection/schema-format-1.sql")) {
            execute(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{schema}", "projection_903"));
        }
        execute("""
                INSERT INTO projection_903.engagement VALUES ('e1', 'agreement', 'sister-city', 'T');
                INSERT INTO projection_903.step VALUES ('e1', 'agreement', 1, 'proposed', '2016-03-01'),
                                                       ('e1', 'agreement', 2, 'signed', '2016-03-01');
                INSERT INTO projection_903.membership VALUES ('a1', 'n1', '2004-05-01', '2010-01-01');
                """);
        assertThat(schemas.format(903)).isEqualTo(1);

        schemas.create(903);

        // Still format 1: what it did not read only a rebuild brings in.
        assertThat(schemas.format(903)).isEqualTo(1);
        assertThat(rows("SELECT step, coalesce(date_text, '-'), coalesce(precision, '-'), sources::text"
                + " FROM projection_903.step ORDER BY version"))
                .containsExactly("proposed|-|-|[]", "signed|2016-03-01|day|[]");
        assertThat(rows("SELECT since_text, until_text, until_precision, sourced FROM projection_903.membership"))
                .containsExactly("2004-05-01|2010-01-01|day|f");
        assertThat(rows("SELECT sourced FROM projection_903.engagement")).containsExactly("f");
        schemas.drop(903);
        assertThat(schemas.format(903)).isZero();
    }

    @Test
    void aGenerationOfFormat2GetsTheWithdrawalsAndTheMergeViewsAndKeepsItsFacts() throws Exception {
        schemas.drop(904);
        schemas.create(904);
        // As format 2 left it: no merges, withdrawals or recorded days.
        execute("""
                DROP VIEW projection_904.resolved_membership, projection_904.resolved_participant,
                          projection_904.directory;
                DROP PROCEDURE projection_904.resolve_merges;
                DROP TABLE projection_904.survivor, projection_904.merge;
                ALTER TABLE projection_904.actor DROP COLUMN withdrawn;
                ALTER TABLE projection_904.membership DROP COLUMN withdrawn, DROP COLUMN started_version;
                ALTER TABLE projection_904.engagement DROP COLUMN withdrawn;
                ALTER TABLE projection_904.step DROP COLUMN recorded_on;
                UPDATE projection_904.format SET version = 2;
                INSERT INTO projection_904.actor (id, kind, country, version) VALUES ('a1', 'city', 'CL', 1);
                INSERT INTO projection_904.engagement (id, type, kind) VALUES ('e1', 'agreement', 'sister-city');
                INSERT INTO projection_904.participant (engagement_id, actor_id, role) VALUES ('e1', 'a1', 'party');
                """);
        assertThat(schemas.format(904)).isEqualTo(2);

        schemas.create(904);

        // Still format 2, so that it is rebuilt; meanwhile it answers with the facts it had.
        assertThat(schemas.format(904)).isEqualTo(2);
        assertThat(rows("SELECT id, withdrawn FROM projection_904.directory")).containsExactly("a1|f");
        assertThat(rows("SELECT engagement_id, actor_id FROM projection_904.resolved_participant")).containsExactly("e1|a1");
        assertThat(rows("SELECT withdrawn FROM projection_904.engagement")).containsExactly("f");
        assertThat(rows("SELECT count(*) FROM projection_904.merge")).containsExactly("0");
        schemas.drop(904);
    }

    @Test
    void anActiveGenerationOfTheOldFormatIsRebuiltOnceWithTheSameFigures() throws SQLException {
        // Something to rebuild, on every topic.
        try (CloudEventPublisher publisher = new CloudEventPublisher(ObservatoryTestResource.broker().bootstrapServers())) {
            for (String topic : LiveProjection.TOPICS) {
                String id = UUID.randomUUID().toString();
                publisher.send(topic, id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.registered.v1", 1, """
                        {"actorId": "%s", "kind": "city", "names": {"en": "Upgraded"}, "place": {"country": "QU"}}"""
                        .formatted(id));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(5).equals(given().when()
                .get("/api/v1/stats/regions").then().extract().path("find { it.region == 'QU' }.actorsByKind.city")));
        await().atMost(Duration.ofSeconds(120)).until(() ->
                !"running".equals(given().when().get("/api/v1/admin/rebuild").then().extract().path("state")));
        int old = live.generation();
        assertThat(schemas.format(old)).isEqualTo(ProjectionSchema.FORMAT);
        assertThat(upgrade.upgradeIfOlder()).as("a current generation is left as it is").isFalse();
        Map<String, String> before = figures();
        // As a version before format 2 left it.
        execute("DROP TABLE " + ProjectionSchema.name(old) + ".format");
        assertThat(schemas.format(old)).isEqualTo(1);

        assertThat(upgrade.upgradeIfOlder()).isTrue();
        // Another replica starting meanwhile finds the upgrade claimed.
        assertThat(upgrade.upgradeIfOlder()).isFalse();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().when().get("/api/v1/admin/rebuild").then()
                .body("state", org.hamcrest.Matchers.equalTo("done")));

        assertThat(live.generation()).isEqualTo(old + 1);
        assertThat(schemas.format(old + 1)).isEqualTo(ProjectionSchema.FORMAT);
        assertThat(rows("SELECT upgrade_claimed_at IS NULL FROM projection_generation")).containsExactly("t");
        assertThat(figures()).isEqualTo(before);
    }

    private static Map<String, String> figures() {
        Map<String, String> figures = new TreeMap<>();
        for (String table : List.of("regions?level=subdivision", "region-pairs", "country-pairs", "years", "fields",
                "records?size=500", "regions?level=country&sourced=true")) {
            String path = "/api/v1/stats/" + table;
            figures.put(path, given().when().get(path).then().statusCode(200).extract().asString());
        }
        return figures;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
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

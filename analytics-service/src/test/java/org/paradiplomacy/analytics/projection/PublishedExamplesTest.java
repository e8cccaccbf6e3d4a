package org.paradiplomacy.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * Every example event the write services keep in their contract corpus (every type and version ever published)
 * still projects: none is refused as poison, each of a type the statistics count changes them, and the types they
 * leave out are named. The examples are told twice, as the history of a consumer of v1 (the v1 examples) and as
 * that of a consumer of today's versions (each type's latest), since a v2 example may restate a v1 one.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class PublishedExamplesTest {

    /** The events that start a stream come first, as they do on the topics. */
    private static final List<String> FIRST = List.of(".registered.", ".network-membership-started.", ".proposed.", ".planned.", ".held.",
            ".issued.");
    private static final Pattern VERSIONED = Pattern.compile("(.+)\\.v(\\d+)\\.json");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProjectionSchema schemas;

    @Test
    void everyExampleOfV1StillProjects() throws IOException, SQLException {
        List<Path> files = examples().stream().filter(file -> version(file) == 1).toList();
        assertThat(files).hasSizeGreaterThan(20);
        project(900, files);
    }

    @Test
    void everyExampleOfTheLatestVersionsProjects() throws IOException, SQLException {
        Map<String, Path> latest = new TreeMap<>();
        for (Path file : examples()) {
            latest.merge(typeOf(file), file, (a, b) -> version(a) >= version(b) ? a : b);
        }
        project(902, latest.values().stream().sorted(ORDER).toList());
    }

    private static final Comparator<Path> ORDER = Comparator
            .comparing((Path file) -> !file.toString().contains("/actors-service/"))
            .thenComparing(file -> FIRST.stream().noneMatch(file.toString()::contains))
            .thenComparing(Path::toString);

    private static List<Path> examples() {
        return Stream.of("../actors-service", "../agreements-service")
                .flatMap(service -> list(Path.of(service, "src/test/resources/events")))
                .sorted(ORDER)
                .toList();
    }

    private static String typeOf(Path file) {
        Matcher name = VERSIONED.matcher(file.getFileName().toString());
        return name.matches() ? name.group(1) : file.getFileName().toString();
    }

    private static int version(Path file) {
        Matcher name = VERSIONED.matcher(file.getFileName().toString());
        return name.matches() ? Integer.parseInt(name.group(2)) : 0;
    }

    private void project(int generation, List<Path> files) throws IOException, SQLException {
        schemas.drop(generation);
        String schema = schemas.create(generation);
        ProjectionWriter writer = new ProjectionWriter(dataSource, schema);
        long offset = 0;
        Set<String> unread = new TreeSet<>();
        Map<String, String> subjects = new HashMap<>();
        for (Path file : files) {
            String type = file.getFileName().toString().replaceFirst("\\.json$", "");
            for (JsonNode payload : EventJson.MAPPER.readTree(file.toFile())) {
                // The examples of one stream type tell one stream's life: the first one's subject is theirs.
                String subject = subjects.computeIfAbsent(type.split("\\.")[2],
                        streamType -> payload.fields().next().getValue().asText());
                ReceivedEvent event = new ReceivedEvent("examples", 0, offset++, UUID.randomUUID().toString(), type,
                        "/examples", subject, Instant.EPOCH, offset, payload);
                String before = fingerprint(schema);
                writer.handle(event);
                boolean changed = !fingerprint(schema).equals(before);
                if (ProjectionWriter.READS.contains(event.typeName())) {
                    assertThat(changed).as("%s changes the projection: %s", type, payload).isTrue();
                } else {
                    assertThat(changed).as("%s is not counted, so it changes nothing", type).isFalse();
                    unread.add(event.typeName());
                }
            }
        }
        // A type the statistics leave out is a decision: a new one shows up here.
        assertThat(unread).containsExactly("actor.alias-added", "actor.alias-removed", "actor.parent-changed");
        assertThat(count(schema + ".actor")).isPositive();
        assertThat(count(schema + ".engagement")).isEqualTo(4);
        assertThat(count(schema + ".step")).isGreaterThanOrEqualTo(10);
    }

    /** A digest of every row of every table of the schema. */
    private String fingerprint(String schema) throws SQLException {
        StringBuilder digest = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + schema + "' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY"
                        + " t::text), '')) FROM " + schema + "." + table + " t")) {
                    row.next();
                    digest.append(table).append('=').append(row.getString(1)).append(';');
                }
            }
        }
        return digest.toString();
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Stream<Path> list(Path directory) {
        try {
            return Files.list(directory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

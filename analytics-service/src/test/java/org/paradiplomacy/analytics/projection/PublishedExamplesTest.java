package org.paradiplomacy.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * Every example event the write services keep in their contract corpus (every type and version ever published)
 * still projects: none is refused as poison, and they become facts.
 */
@QuarkusTest
class PublishedExamplesTest {

    /** The events that start a stream come first, as they do on the topics. */
    private static final List<String> FIRST = List.of(".registered.", ".proposed.", ".planned.", ".held.", ".issued.");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProjectionSchema schemas;

    @Test
    void everyExampleEverPublishedStillProjects() throws IOException, SQLException {
        String schema = schemas.create(900);
        ProjectionWriter writer = new ProjectionWriter(dataSource, schema);
        List<Path> files = Stream.of("../actors-service", "../agreements-service")
                .flatMap(service -> list(Path.of(service, "src/test/resources/events")))
                .sorted(Comparator.comparing((Path file) -> !file.toString().contains("/actors-service/"))
                        .thenComparing(file -> FIRST.stream().noneMatch(file.toString()::contains))
                        .thenComparing(Path::toString))
                .toList();
        assertThat(files).hasSizeGreaterThan(20);
        long offset = 0;
        for (Path file : files) {
            String type = file.getFileName().toString().replaceFirst("\\.json$", "");
            for (JsonNode payload : EventJson.MAPPER.readTree(file.toFile())) {
                String subject = payload.fields().next().getValue().asText();
                writer.handle(new ReceivedEvent("examples", 0, offset++, UUID.randomUUID().toString(), type,
                        "/examples", subject, Instant.EPOCH, offset, payload));
            }
        }
        assertThat(count(schema + ".actor")).isPositive();
        assertThat(count(schema + ".engagement")).isEqualTo(4);
        assertThat(count(schema + ".step")).isGreaterThanOrEqualTo(10);
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

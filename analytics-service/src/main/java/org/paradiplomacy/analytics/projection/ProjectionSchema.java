package org.paradiplomacy.analytics.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The projection's generations: each lives in a schema of its own ({@code projection_<n>}), and
 * {@code projection_generation.active} names the one the statistics read. Each records the {@link #FORMAT} of its
 * facts; a generation of an older format gets the newer columns when it is opened, and is rebuilt
 * ({@code ProjectionUpgrade}).
 */
@ApplicationScoped
public class ProjectionSchema {

    private final AgroalDataSource dataSource;

    public ProjectionSchema(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The format of the facts this version writes: 2 keeps dates at their precision, and sources; 3 merges,
     * withdrawals and the day each step was recorded (for corrections).
     */
    public static final int FORMAT = 3;

    public static String name(int generation) {
        return "projection_" + generation;
    }

    public int activeGeneration() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT active FROM projection_generation")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the active projection generation", e);
        }
    }

    /**
     * Creates the generation's schema and tables if they are missing; one of an older format first gets the
     * columns of this one (and keeps its format number, so that it is rebuilt).
     */
    public String create(int generation) {
        String schema = name(generation);
        int found = format(generation);
        if (found > 0 && found < 2) {
            execute(schema, "/projection/upgrade-to-format-2.sql");
        }
        if (found > 0 && found < 3) {
            execute(schema, "/projection/upgrade-to-format-3.sql");
        }
        execute(schema, "/projection/schema.sql");
        if (found == 0) {
            update("INSERT INTO " + schema + ".format (version) VALUES (" + FORMAT + ") ON CONFLICT DO NOTHING");
        }
        return schema;
    }

    /** The format of a generation's facts: 0 if it does not exist, 1 if it was made before formats were recorded. */
    public int format(int generation) {
        String schema = name(generation);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet tables = sql.executeQuery("SELECT to_regclass('" + schema + ".format') IS NOT NULL,"
                        + " to_regclass('" + schema + ".step') IS NOT NULL")) {
            tables.next();
            boolean recorded = tables.getBoolean(1);
            boolean exists = tables.getBoolean(2);
            if (!recorded) {
                return exists ? 1 : 0;
            }
            try (ResultSet row = sql.executeQuery("SELECT coalesce(max(version), 1) FROM " + schema + ".format")) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the format of projection generation " + generation, e);
        }
    }

    private void execute(String schema, String resource) {
        try (InputStream in = ProjectionSchema.class.getResourceAsStream(resource)) {
            update(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{schema}", schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(String statements) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statements);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create or upgrade a projection schema", e);
        }
    }

    public void drop(int generation) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + name(generation) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop projection generation " + generation, e);
        }
    }
}

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
 * {@code projection_generation.active} names the one the statistics read.
 */
@ApplicationScoped
public class ProjectionSchema {

    private final AgroalDataSource dataSource;

    public ProjectionSchema(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

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

    /** Creates the generation's schema and tables if they are missing. */
    public String create(int generation) {
        String schema = name(generation);
        try (InputStream in = ProjectionSchema.class.getResourceAsStream("/projection/schema.sql");
                Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{schema}", schema));
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create projection schema " + schema, e);
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

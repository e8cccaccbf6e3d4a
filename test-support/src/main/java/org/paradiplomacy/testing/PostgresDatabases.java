package org.paradiplomacy.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives each test run a fresh database of its own on the machine's PostgreSQL (127.0.0.1:5432 unless
 * {@code PGHOST}/{@code PGPORT}/{@code PGUSER} say otherwise), so services never wipe each other's data.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
    }

    public static String user() {
        return env("PGUSER", "root");
    }

    /** Drops the database if it exists and creates it empty. */
    public static String recreate(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user(), env("PGPASSWORD", ""));
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl("postgres") + " is needed for the tests: "
                    + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

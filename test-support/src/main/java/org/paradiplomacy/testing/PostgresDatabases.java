package org.paradiplomacy.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives each test run a fresh database of its own on the tests' PostgreSQL server ({@link DatabaseServer}: a
 * container, or the machine's), so services never wipe each other's data.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    public static String jdbcUrl(String database) {
        return DatabaseServer.current().jdbcUrl(database);
    }

    public static String user() {
        return DatabaseServer.current().user();
    }

    /** The password for {@link #user()}, empty if none; both kinds of server trust the tests' connections anyway. */
    public static String password() {
        return DatabaseServer.current().password();
    }

    /** Drops the database if it exists and creates it empty. */
    public static String recreate(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl("postgres") + " is needed for the tests: "
                    + e.getMessage(), e);
        }
    }
}

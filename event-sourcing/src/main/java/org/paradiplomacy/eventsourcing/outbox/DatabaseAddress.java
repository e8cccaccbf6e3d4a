package org.paradiplomacy.eventsourcing.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the service's database is, for the connections the relay opens itself, outside the pool. Their settings
 * bound how long a dead peer can go unnoticed: the server probes an idle client every few seconds and ends a
 * session that stays silent for a minute, and the client gives up on a server that does not answer in 30 s.
 */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    /** Server-side settings of the relay's sessions (PostgreSQL 12 or newer). */
    static final String SESSION_OPTIONS = "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2"
            + " -c tcp_keepalives_count=3 -c tcp_user_timeout=10000 -c idle_session_timeout=60000"
            + " -c statement_timeout=30000";

    /** A new physical connection named {@code applicationName} in {@code pg_stat_activity}. */
    public Connection open(String applicationName) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("options", SESSION_OPTIONS);
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Without the password, should the address ever be logged. */
    @Override
    public String toString() {
        return "DatabaseAddress[" + jdbcUrl + " as " + user + "]";
    }
}

package org.paradiplomacy.eventsourcing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The relay's lead: a session-level advisory lock held on a physical connection of the relay's own, outside the
 * pool, so the lock lives exactly as long as that session. Letting go closes the connection, and with it the
 * session and the lock; a pooled connection would instead keep the lock for whichever request borrows it next.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final DatabaseAddress database;
    private final String lockName;
    private Connection connection;

    RelayLeadership(DatabaseAddress database, String lockName) {
        this.database = database;
        this.lockName = lockName;
    }

    /** The connection that holds the lead, taking the lock if it is free; null while another instance holds it. */
    Connection acquire() throws SQLException {
        if (connection != null) {
            return connection;
        }
        Connection candidate = database.open("outbox-relay");
        try (PreparedStatement lock = candidate.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, lockName);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    connection = candidate;
                    return connection;
                }
            }
        } catch (SQLException e) {
            closeQuietly(candidate);
            throw e;
        }
        closeQuietly(candidate);
        return null;
    }

    boolean held() {
        return connection != null;
    }

    /** Lets go of the lead by closing the session that holds the lock. */
    @Override
    public void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the relay's connection failed", e);
        }
    }
}

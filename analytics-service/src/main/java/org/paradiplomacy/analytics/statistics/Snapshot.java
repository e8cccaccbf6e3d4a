package org.paradiplomacy.analytics.statistics;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The queries of one statistic: one connection, in one read-only repeatable-read transaction against one
 * generation's schema, so its figures come from one snapshot even while events arrive or a rebuild switches over.
 */
final class Snapshot {

    /** A null text parameter (a plain null would leave its type unknown). */
    static final Object NULL_TEXT = new Object();

    private final Connection connection;
    private final String schema;

    private Snapshot(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    /** Reads one statistic from the generation in {@code schema}. */
    static <T> T read(AgroalDataSource dataSource, String schema, Function<Snapshot, T> statistic) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return statistic.apply(new Snapshot(connection, schema));
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A statistics query failed", e);
        }
    }

    /** A text parameter that may be absent: null or blank is {@link #NULL_TEXT}. */
    static Object nullable(String value) {
        return value == null || value.isBlank() ? NULL_TEXT : value;
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    void run(StatisticsQuery query, List<Object> parameters, RowReader reader) {
        run(query.sql(), parameters, reader);
    }

    void run(String sql, List<Object> parameters, RowReader reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("{s}", schema))) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value == NULL_TEXT) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A statistics query failed", e);
        }
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}

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
import org.paradiplomacy.provenance.PartialDate;

/**
 * The queries of one statistic: one connection, in one read-only repeatable-read transaction against one
 * generation's schema, so its figures come from one snapshot even while events arrive or a rebuild switches over.
 */
final class Snapshot {

    /** A null text parameter (a plain null would leave its type unknown). */
    static final Object NULL_TEXT = new Object();
    /** A null integer parameter. */
    static final Object NULL_INTEGER = new Object();

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

    /** A date kept as its source gave it (YYYY, YYYY-MM or YYYY-MM-DD). */
    static PartialDate partialDate(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : PartialDate.parse(value);
    }

    /** A text array parameter, such as a list of ids for {@code = ANY (?)}. */
    Object texts(List<String> values) {
        try {
            return connection.createArrayOf("text", values.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("A statistics query failed", e);
        }
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
                } else if (value == NULL_INTEGER) {
                    statement.setNull(i + 1, Types.INTEGER);
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

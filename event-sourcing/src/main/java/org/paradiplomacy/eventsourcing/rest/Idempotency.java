package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * {@code Idempotency-Key}: the first response to a key is stored in the same transaction as the command's
 * events, and a retry with the same key and the same request gets that response again instead of a second
 * effect. The same key with a different request is refused.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public Idempotency(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidParameter(HEADER, "must be 1 to 200 characters");
        }
        String hash = hash(operation, request);
        try (Connection connection = dataSource.getConnection()) {
            Response earlier = find(connection, key, operation, hash);
            if (earlier != null) {
                return earlier;
            }
            Response response = action.get();
            remember(connection, key, operation, hash, response);
            return response;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StateConflict("A request with this Idempotency-Key is being processed; retry it shortly");
            }
            throw new IllegalStateException("Could not record the Idempotency-Key", e);
        }
    }

    private Response find(Connection connection, String key, String operation, String hash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT request_hash, status, location, etag, body"
                + " FROM idempotent_requests WHERE idempotency_key = ? AND operation = ?")) {
            query.setString(1, key);
            query.setString(2, operation);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (!row.getString(1).equals(hash)) {
                    throw new RuleViolation(HEADER, "was already used for a different request; use a new key");
                }
                Response.ResponseBuilder replay = Response.status(row.getInt(2))
                        .entity(row.getString(5)).type(MediaType.APPLICATION_JSON).header(REPLAYED, "true");
                if (row.getString(3) != null) {
                    replay.header(HttpHeaders.LOCATION, row.getString(3));
                }
                if (row.getString(4) != null) {
                    replay.header(HttpHeaders.ETAG, row.getString(4));
                }
                return replay.build();
            }
        }
    }

    private void remember(Connection connection, String key, String operation, String hash, Response response)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_requests"
                + " (idempotency_key, operation, request_hash, status, location, etag, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, operation);
            insert.setString(3, hash);
            insert.setInt(4, response.getStatus());
            insert.setString(5, response.getLocation() == null ? null : response.getLocation().toString());
            insert.setString(6, response.getEntityTag() == null ? null : response.getEntityTag().toString());
            insert.setString(7, write(response.getEntity()));
            insert.executeUpdate();
        }
    }

    private String hash(String operation, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((operation + "\n" + write(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}

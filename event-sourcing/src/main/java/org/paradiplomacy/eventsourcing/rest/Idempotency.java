package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
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
import org.paradiplomacy.eventsourcing.store.EventMetadata;

/**
 * {@code Idempotency-Key}: the first response to a key is stored in the same transaction as the command's
 * events, and a retry with the same key and the same request gets that response again instead of a second
 * effect. The same key with a different request is refused. Keys are scoped to the caller (the bearer token's
 * subject): two callers' equal keys never meet.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String ANONYMOUS = "anonymous";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final RequestMetadata requestMetadata;

    public Idempotency(AgroalDataSource dataSource, ObjectMapper json, RequestMetadata requestMetadata) {
        this.dataSource = dataSource;
        this.json = json;
        this.requestMetadata = requestMetadata;
    }

    /**
     * Keys are the caller's own: the token's subject (its principal's name for a token without one), or
     * {@code anonymous} without a token.
     */
    private String scope() {
        if (!Arc.container().requestContext().isActive()) {
            return ANONYMOUS;
        }
        EventMetadata metadata = requestMetadata.get();
        return metadata.subject() != null ? metadata.subject()
                : metadata.principal() != null ? metadata.principal() : ANONYMOUS;
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
        String scope = scope();
        try (Connection connection = dataSource.getConnection()) {
            Response earlier = find(connection, scope, key, operation, hash);
            if (earlier != null) {
                return earlier;
            }
            Response response = action.get();
            remember(connection, scope, key, operation, hash, response);
            return response;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StateConflict("A request with this Idempotency-Key is being processed; retry it shortly");
            }
            throw new IllegalStateException("Could not record the Idempotency-Key", e);
        }
    }

    private Response find(Connection connection, String scope, String key, String operation, String hash)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT request_hash, status, location, etag, body"
                + " FROM idempotent_requests WHERE principal_subject = ? AND idempotency_key = ? AND operation = ?")) {
            query.setString(1, scope);
            query.setString(2, key);
            query.setString(3, operation);
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

    private void remember(Connection connection, String scope, String key, String operation, String hash,
            Response response) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_requests"
                + " (principal_subject, idempotency_key, operation, request_hash, status, location, etag, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, operation);
            insert.setString(4, hash);
            insert.setInt(5, response.getStatus());
            insert.setString(6, response.getLocation() == null ? null : response.getLocation().toString());
            insert.setString(7, response.getEntityTag() == null ? null : response.getEntityTag().toString());
            insert.setString(8, write(response.getEntity()));
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

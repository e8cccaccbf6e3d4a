package org.paradiplomacy.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.eventsourcing.consume.EventHandler;
import org.paradiplomacy.eventsourcing.consume.PoisonMessage;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;

/**
 * Folds the published events into one generation's fact tables: actors with their places, memberships, and the
 * dated steps and participants of every engagement. It ignores event types it does not count, and refuses as
 * poison a type it counts at a schema version it cannot read.
 */
public final class ProjectionWriter implements EventHandler {

    private final AgroalDataSource dataSource;
    private final String schema;

    public ProjectionWriter(AgroalDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** The event types the statistics count; every other type is ignored. */
    public static final Set<String> READS = Set.of("actor.registered", "actor.details-corrected", "actor.renamed",
            "actor.retired", "actor.network-membership-started", "actor.network-membership-ended",
            "agreement.proposed", "agreement.signed", "agreement.signing-attested", "agreement.renewed",
            "agreement.suspended", "agreement.reinstated", "agreement.terminated", "agreement.expired",
            "mission.planned", "mission.completed", "mission.cancelled", "conference.held", "statement.issued");

    @Override
    public void handle(ReceivedEvent event) {
        JsonNode data = event.data();
        String name = event.typeName();
        if (!READS.contains(name)) {
            return;
        }
        event.requireReadableVersion(1);
        String id = event.subject();
        if (id == null) {
            throw new PoisonMessage("the event has no subject (stream id)");
        }
        switch (name) {
            case "actor.registered" -> {
                upsertActor(id, event.streamVersion(), data.path("kind").asText(null), data);
                // Republished after a later correction (a repair of the publication): the kind is still its own.
                execute("UPDATE {s}.actor SET kind = ? WHERE id = ? AND kind IS NULL", text(data, "kind"), id);
            }
            case "actor.details-corrected" -> upsertActor(id, event.streamVersion(), null, data);
            case "actor.renamed" -> execute("UPDATE {s}.actor SET name = ?, version = greatest(version, ?) WHERE id = ?",
                    data.path("names").path("en").asText(null), event.streamVersion(), id);
            case "actor.retired" -> execute("UPDATE {s}.actor SET retired_on = ?, version = greatest(version, ?) WHERE id = ?",
                    date(data, "effectiveOn"), event.streamVersion(), id);
            case "actor.network-membership-started" -> execute("INSERT INTO {s}.membership (actor_id, network_id, since)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", id, text(data, "networkId"), required(data, "since"));
            case "actor.network-membership-ended" -> execute("UPDATE {s}.membership SET until = ? WHERE actor_id = ?"
                    + " AND network_id = ? AND until IS NULL", required(data, "until"), id, text(data, "networkId"));
            case "agreement.proposed" -> {
                engagement(id, "agreement", text(data, "kind"), text(data, "title"));
                participants(id, "party", data.path("parties"));
                fields(id, data.path("fields"));
                step(id, "agreement", event.streamVersion(), "proposed", date(data, "proposedOn"));
            }
            case "agreement.signed" -> {
                LocalDate signedOn = required(data, "signedOn");
                step(id, "agreement", event.streamVersion(), "signed", signedOn);
                execute("UPDATE {s}.step SET on_date = ? WHERE engagement_id = ? AND step = 'proposed' AND on_date IS NULL",
                        signedOn, id);
            }
            // Signed on an unknown day no later than this one: counted as signed from it, but in no year.
            case "agreement.signing-attested" -> step(id, "agreement", event.streamVersion(), "attested",
                    required(data, "signedNoLaterThan"));
            case "agreement.renewed" -> step(id, "agreement", event.streamVersion(), "renewed", required(data, "renewedOn"));
            case "agreement.suspended" -> step(id, "agreement", event.streamVersion(), "suspended", required(data, "suspendedOn"));
            case "agreement.reinstated" -> step(id, "agreement", event.streamVersion(), "reinstated", required(data, "reinstatedOn"));
            case "agreement.terminated" -> step(id, "agreement", event.streamVersion(), "terminated", required(data, "terminatedOn"));
            case "agreement.expired" -> step(id, "agreement", event.streamVersion(), "expired", required(data, "expiredOn"));
            case "mission.planned" -> {
                engagement(id, "mission", text(data, "kind"), text(data, "purpose"));
                participant(id, "leader", text(data, "leader"));
                participants(id, "host", data.path("hosts"));
                fields(id, data.path("fields"));
                step(id, "mission", event.streamVersion(), "planned", required(data, "startsOn"));
            }
            case "mission.completed" -> step(id, "mission", event.streamVersion(), "completed", required(data, "completedOn"));
            case "mission.cancelled" -> step(id, "mission", event.streamVersion(), "cancelled", required(data, "cancelledOn"));
            case "conference.held" -> {
                engagement(id, "conference", text(data, "series"), text(data, "title"));
                participant(id, "host", text(data, "host"));
                participants(id, "participant", data.path("participants"));
                fields(id, data.path("fields"));
                step(id, "conference", event.streamVersion(), "held", required(data, "startsOn"));
            }
            case "statement.issued" -> {
                engagement(id, "statement", null, text(data, "title"));
                participant(id, "issuer", text(data, "issuer"));
                participants(id, "subject", data.path("about"));
                step(id, "statement", event.streamVersion(), "issued", required(data, "issuedOn"));
            }
            default -> {
                // A type this version does not count: nothing to do.
            }
        }
    }

    private void upsertActor(String id, long version, String kind, JsonNode data) {
        JsonNode place = data.path("place");
        execute("INSERT INTO {s}.actor AS a (id, kind, name, country, subdivision, m49_region, m49_subregion,"
                + " m49_intermediate, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " kind = coalesce(excluded.kind, a.kind), name = excluded.name, country = excluded.country,"
                + " subdivision = excluded.subdivision, m49_region = excluded.m49_region,"
                + " m49_subregion = excluded.m49_subregion, m49_intermediate = excluded.m49_intermediate,"
                + " version = excluded.version WHERE a.version < excluded.version",
                id, kind, data.path("names").path("en").asText(null), text(place, "country"), text(place, "subdivision"),
                text(place, "m49Region"), text(place, "m49Subregion"), text(place, "m49IntermediateRegion"), version);
    }

    private void engagement(String id, String type, String kind, String title) {
        execute("INSERT INTO {s}.engagement (id, type, kind, title) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                id, type, kind, title);
    }

    private void participants(String id, String role, JsonNode actors) {
        List<String> ids = new ArrayList<>();
        actors.forEach(actor -> ids.add(actor.isTextual() ? actor.asText() : null));
        if (ids.isEmpty()) {
            throw new PoisonMessage("engagement " + id + " names no " + role);
        }
        ids.forEach(actor -> participant(id, role, actor));
    }

    private void participant(String id, String role, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new PoisonMessage("engagement " + id + " has a " + role + " without an id");
        }
        execute("INSERT INTO {s}.participant (engagement_id, actor_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                id, actor, role);
    }

    private void fields(String id, JsonNode fields) {
        for (JsonNode field : fields) {
            if (!field.isTextual()) {
                throw new PoisonMessage("engagement " + id + " has a field of cooperation that is not a code");
            }
            execute("INSERT INTO {s}.field (engagement_id, field) VALUES (?, ?) ON CONFLICT DO NOTHING", id, field.asText());
        }
    }

    private void step(String id, String type, long version, String step, LocalDate on) {
        execute("INSERT INTO {s}.step (engagement_id, type, version, step, on_date) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", id, type, version, step, on);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonMessage(field + " '" + value + "' is not a date");
        }
    }

    private static LocalDate required(JsonNode data, String field) {
        LocalDate value = date(data, field);
        if (value == null) {
            throw new PoisonMessage(field + " is missing");
        }
        return value;
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.replace("{s}", schema))) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Projection " + schema + " could not apply an event", e);
        }
    }
}

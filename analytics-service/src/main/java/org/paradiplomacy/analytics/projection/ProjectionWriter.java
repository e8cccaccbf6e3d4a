package org.paradiplomacy.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.eventsourcing.consume.EventHandler;
import org.paradiplomacy.eventsourcing.consume.PoisonMessage;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;
import org.paradiplomacy.provenance.PartialDate;

/**
 * Folds the published events into one generation's fact tables: actors with their places, memberships, and the
 * dated steps and participants of every engagement. It ignores event types it does not count, and refuses as
 * poison a type it counts at a schema version it cannot read. It reads v1 and v2 of every type that has a v2:
 * dates at their source's precision, actors named as objects (with the name and place the event recorded), and
 * the sources each event cites. Merges and withdrawals are kept as facts beside the records, never folded into
 * them, so the figures resolve them at query time whatever order the topics arrive in; a correction of a
 * conference or statement replaces its record as from the start.
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
            "mission.planned", "mission.completed", "mission.cancelled", "conference.held", "statement.issued",
            "actor.merged", "actor.withdrawn", "actor.network-membership-withdrawn", "agreement.superseded",
            "agreement.withdrawn", "mission.withdrawn", "conference.corrected", "conference.withdrawn",
            "statement.corrected", "statement.withdrawn");

    /** The types read only at version 1; every other type is read up to v2. */
    private static final Set<String> ONLY_V1 = Set.of("actor.registered", "actor.details-corrected", "actor.merged",
            "actor.withdrawn", "actor.network-membership-withdrawn", "agreement.superseded", "agreement.withdrawn",
            "mission.withdrawn", "conference.corrected", "conference.withdrawn", "statement.corrected",
            "statement.withdrawn");

    @Override
    public void handle(ReceivedEvent event) {
        JsonNode data = event.data();
        String name = event.typeName();
        if (!READS.contains(name)) {
            return;
        }
        event.requireReadableVersion(ONLY_V1.contains(name) ? 1 : 2);
        String id = event.subject();
        if (id == null) {
            throw new PoisonMessage("the event has no subject (stream id)");
        }
        // The day it was recorded: a period counts "as of" from it when it lies within the period (ADR 0013).
        LocalDate recordedOn = event.time() == null ? null : LocalDate.ofInstant(event.time(), ZoneOffset.UTC);
        Facts facts = new Facts(id, event.streamVersion(), recordedOn, sources(data));
        switch (name) {
            case "actor.registered" -> {
                upsertActor(id, event.streamVersion(), data.path("kind").asText(null), data);
                // Republished after a later correction (a repair of the publication): the kind is still its own.
                execute("UPDATE {s}.actor SET kind = ? WHERE id = ? AND kind IS NULL", text(data, "kind"), id);
                actorSourced(facts);
            }
            case "actor.details-corrected" -> {
                upsertActor(id, event.streamVersion(), null, data);
                actorSourced(facts);
            }
            case "actor.renamed" -> {
                execute("UPDATE {s}.actor SET name = ?, version = greatest(version, ?) WHERE id = ?",
                        data.path("names").path("en").asText(null), event.streamVersion(), id);
                actorSourced(facts);
            }
            case "actor.retired" -> {
                execute("UPDATE {s}.actor SET retired_on = ?, version = greatest(version, ?) WHERE id = ?",
                        facts.countsFrom(dated(data, "effectiveOn")), event.streamVersion(), id);
                actorSourced(facts);
            }
            case "actor.network-membership-started" -> {
                PartialDate since = required(data, "since");
                execute("INSERT INTO {s}.membership (actor_id, network_id, since, since_text, since_precision, sourced,"
                        + " sources, started_version) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING", id,
                        text(data, "networkId"), facts.countsFrom(since), since.toString(),
                        since.precision().toString(), facts.sourced(), facts.sources().toString(), facts.version());
            }
            case "actor.network-membership-ended" -> {
                PartialDate until = required(data, "until");
                execute("UPDATE {s}.membership SET until = ?, until_text = ?, until_precision = ?,"
                        + " sourced = sourced OR ?, sources = sources || ?::jsonb"
                        + " WHERE actor_id = ? AND network_id = ? AND until IS NULL",
                        facts.countsFrom(until), until.toString(), until.precision().toString(), facts.sourced(),
                        facts.sources().toString(), id, text(data, "networkId"));
            }
            // The duplicate's own facts stay as they were; the statistics count them as the survivor's.
            case "actor.merged" -> {
                String survivor = text(data, "survivorId");
                if (survivor == null || survivor.isBlank()) {
                    throw new PoisonMessage("actor " + id + " is merged without a survivor");
                }
                // A merged actor takes no further command, so a later merge of it can only be a repair: it wins.
                execute("INSERT INTO {s}.merge AS m (actor_id, survivor_id) VALUES (?, ?) ON CONFLICT (actor_id)"
                        + " DO UPDATE SET survivor_id = excluded.survivor_id WHERE m.survivor_id <> excluded.survivor_id",
                        id, survivor);
                execute("CALL {s}.resolve_merges()");
            }
            case "actor.withdrawn" -> execute("UPDATE {s}.actor SET withdrawn = true, version = greatest(version, ?)"
                    + " WHERE id = ?", event.streamVersion(), id);
            // The membership of that network started last in the actor's life (the one a withdrawal can name).
            case "actor.network-membership-withdrawn" -> execute("UPDATE {s}.membership SET withdrawn = true"
                    + " WHERE actor_id = ? AND network_id = ? AND NOT withdrawn AND started_version ="
                    + " (SELECT max(started_version) FROM {s}.membership WHERE actor_id = ? AND network_id = ?"
                    + " AND NOT withdrawn)", id, text(data, "networkId"), id, text(data, "networkId"));
            case "agreement.withdrawn", "mission.withdrawn", "conference.withdrawn", "statement.withdrawn" ->
                    execute("UPDATE {s}.engagement SET withdrawn = true WHERE id = ?", id);
            case "agreement.proposed" -> {
                engagement(id, "agreement", text(data, "kind"), text(data, "title"));
                participants(id, "party", data.path("parties"));
                fields(id, data.path("fields"));
                step(facts, "agreement", "proposed", dated(data, "proposedOn"));
            }
            case "agreement.signed" -> {
                PartialDate signedOn = required(data, "signedOn");
                step(facts, "agreement", "signed", signedOn);
                execute("UPDATE {s}.step SET on_date = ? WHERE engagement_id = ? AND step = 'proposed' AND on_date IS NULL",
                        facts.countsFrom(signedOn), id);
            }
            // Signed on an unknown day no later than this one: counted as signed from it, but in no year.
            case "agreement.signing-attested" -> step(facts, "agreement", "attested", required(data, "signedNoLaterThan"));
            // Lifecycle events of v2 repeat the parties as recorded; those of the proposal are the agreement's.
            case "agreement.renewed" -> step(facts, "agreement", "renewed", required(data, "renewedOn"));
            case "agreement.suspended" -> step(facts, "agreement", "suspended", required(data, "suspendedOn"));
            case "agreement.reinstated" -> step(facts, "agreement", "reinstated", required(data, "reinstatedOn"));
            case "agreement.terminated" -> step(facts, "agreement", "terminated", required(data, "terminatedOn"));
            case "agreement.expired" -> step(facts, "agreement", "expired", required(data, "expiredOn"));
            // In force until the upgrade's signing, superseded from then on (counted from that day, ADR 13).
            case "agreement.superseded" -> step(facts, "agreement", "superseded", required(data, "supersededOn"));
            case "mission.planned" -> {
                engagement(id, "mission", text(data, "kind"), text(data, "purpose"));
                participant(id, "leader", data.path("leader"));
                participants(id, "host", data.path("hosts"));
                fields(id, data.path("fields"));
                step(facts, "mission", "planned", required(data, "startsOn"));
            }
            case "mission.completed" -> step(facts, "mission", "completed", required(data, "completedOn"));
            case "mission.cancelled" -> step(facts, "mission", "cancelled", required(data, "cancelledOn"));
            case "conference.held" -> {
                engagement(id, "conference", text(data, "series"), text(data, "title"));
                participant(id, "host", data.path("host"));
                participants(id, "participant", data.path("participants"));
                fields(id, data.path("fields"));
                step(facts, "conference", "held", required(data, "startsOn"));
            }
            case "statement.issued" -> {
                engagement(id, "statement", null, text(data, "title"));
                participant(id, "issuer", data.path("issuer"));
                participants(id, "subject", data.path("about"));
                step(facts, "statement", "issued", required(data, "issuedOn"));
            }
            // The corrected whole replaces the record as from the start: its actors, fields, title and date.
            case "conference.corrected" -> {
                PartialDate startsOn = required(data, "startsOn");
                replacing(id, text(data, "series"), text(data, "title"));
                participant(id, "host", data.path("host"));
                participants(id, "participant", data.path("participants"));
                fields(id, data.path("fields"));
                corrected(facts, "held", startsOn);
            }
            case "statement.corrected" -> {
                PartialDate issuedOn = required(data, "issuedOn");
                replacing(id, null, text(data, "title"));
                participant(id, "issuer", data.path("issuer"));
                participants(id, "subject", data.path("about"));
                corrected(facts, "issued", issuedOn);
            }
            default -> {
                // A type this version does not count: nothing to do.
            }
        }
    }

    /** What every fact of one event shares: its stream, version, the day it was recorded, its sources. */
    private record Facts(String id, long version, LocalDate recordedOn, JsonNode sources) {
        boolean sourced() {
            return !sources.isEmpty();
        }

        LocalDate countsFrom(PartialDate date) {
            return date == null ? null : date.countsFrom(recordedOn);
        }
    }

    private void actorSourced(Facts facts) {
        if (facts.sourced()) {
            execute("UPDATE {s}.actor SET sourced = true, sources = sources || ?::jsonb WHERE id = ?",
                    facts.sources().toString(), facts.id());
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
        execute("INSERT INTO {s}.engagement (id, type, kind, title, sourced) VALUES (?, ?, ?, ?,"
                + " EXISTS (SELECT 1 FROM {s}.step WHERE engagement_id = ? AND sources <> '[]'::jsonb))"
                + " ON CONFLICT DO NOTHING", id, type, kind, title, id);
    }

    private void participants(String id, String role, JsonNode actors) {
        List<JsonNode> named = new ArrayList<>();
        actors.forEach(named::add);
        if (named.isEmpty()) {
            throw new PoisonMessage("engagement " + id + " names no " + role);
        }
        named.forEach(actor -> participant(id, role, actor));
    }

    /** An actor as v1 names it (its id) or as v2 does (an object with its id, name and place as recorded). */
    private void participant(String id, String role, JsonNode actor) {
        String actorId = actor.isTextual() ? actor.asText() : actor.isObject() ? text(actor, "actorId") : null;
        if (actorId == null || actorId.isBlank()) {
            throw new PoisonMessage("engagement " + id + " has a " + role + " without an id");
        }
        execute("INSERT INTO {s}.participant (engagement_id, actor_id, role, name, country, subdivision)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", id, actorId, role, text(actor, "name"),
                text(actor, "country"), text(actor, "subdivision"));
    }

    private void fields(String id, JsonNode fields) {
        for (JsonNode field : fields) {
            if (!field.isTextual()) {
                throw new PoisonMessage("engagement " + id + " has a field of cooperation that is not a code");
            }
            execute("INSERT INTO {s}.field (engagement_id, field) VALUES (?, ?) ON CONFLICT DO NOTHING", id, field.asText());
        }
    }

    /** Clears what a correction gives anew: the actors and fields; the kind and title are its. */
    private void replacing(String id, String kind, String title) {
        execute("UPDATE {s}.engagement SET kind = ?, title = ? WHERE id = ?", kind, title, id);
        execute("DELETE FROM {s}.participant WHERE engagement_id = ?", id);
        execute("DELETE FROM {s}.field WHERE engagement_id = ?", id);
    }

    /**
     * The corrected date and sources of the record's one dated step. It counts from the corrected date as if it had
     * been given when the record was (the day its step was recorded), so that the record is replaced from the start.
     */
    private void corrected(Facts facts, String step, PartialDate on) {
        LocalDate recorded = recordedOn(facts.id(), step);
        LocalDate counts = on.countsFrom(recorded != null ? recorded : facts.recordedOn());
        execute("UPDATE {s}.step SET on_date = ?, date_text = ?, precision = ?, sources = ?::jsonb"
                + " WHERE engagement_id = ? AND step = ?", counts, on.toString(), on.precision().toString(),
                facts.sources().toString(), facts.id(), step);
        execute("UPDATE {s}.engagement SET sourced = EXISTS (SELECT 1 FROM {s}.step WHERE engagement_id = ?"
                + " AND sources <> '[]'::jsonb) WHERE id = ?", facts.id(), facts.id());
    }

    private LocalDate recordedOn(String id, String step) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT recorded_on FROM " + schema + ".step WHERE engagement_id = ? AND step = ?")) {
            query.setString(1, id);
            query.setString(2, step);
            try (ResultSet row = query.executeQuery()) {
                Date day = row.next() ? row.getDate(1) : null;
                return day == null ? null : day.toLocalDate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Projection " + schema + " could not apply an event", e);
        }
    }

    private void step(Facts facts, String type, String step, PartialDate on) {
        execute("INSERT INTO {s}.step (engagement_id, type, version, step, on_date, date_text, precision, sources,"
                + " recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING", facts.id(), type,
                facts.version(), step, facts.countsFrom(on), on == null ? null : on.toString(),
                on == null ? null : on.precision().toString(), facts.sources().toString(), facts.recordedOn());
        if (facts.sourced()) {
            execute("UPDATE {s}.engagement SET sourced = true WHERE id = ?", facts.id());
        }
    }

    /** The sources the event cites (an empty list when it cites none, as every v1 event of before). */
    private static JsonNode sources(JsonNode data) {
        JsonNode sources = data.path("sources");
        if (sources.isMissingNode() || sources.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!sources.isArray()) {
            throw new PoisonMessage("sources is not a list");
        }
        return sources;
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD (a v1 day is one too). */
    private static PartialDate dated(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return value == null ? null : PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessage(field + " '" + value + "' is not a date");
        }
    }

    private static PartialDate required(JsonNode data, String field) {
        PartialDate value = dated(data, field);
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

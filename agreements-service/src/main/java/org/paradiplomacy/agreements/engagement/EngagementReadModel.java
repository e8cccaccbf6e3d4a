package org.paradiplomacy.agreements.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read model of all four kinds of engagement: written in the transaction of each append, queried by lists
 * that filter on the actors taking part and where the directory places them.
 */
@ApplicationScoped
public class EngagementReadModel {

    private final ObjectMapper json;

    public EngagementReadModel(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the engagement's row: what lists filter on, and its state as the document lists return. */
    public void update(String id, long version, Projection projection, Object state) {
        EngagementRow row = EngagementRow.findById(id);
        if (row == null) {
            row = new EngagementRow();
            row.id = id;
        }
        row.type = projection.type();
        row.kind = projection.kind();
        row.status = projection.status();
        row.title = projection.title();
        row.startsOn = projection.startsOn() == null ? null : projection.startsOn().firstDay();
        row.startsOnAsGiven = projection.startsOn() == null ? null : projection.startsOn().toString();
        row.endsOn = projection.endsOn() == null ? null : projection.endsOn().lastDay();
        row.endsOnAsGiven = projection.endsOn() == null ? null : projection.endsOn().toString();
        row.fields = projection.fields().stream().map(Object::toString).collect(Collectors.joining("|", "|", "|"));
        row.version = version;
        row.document = write(state);
        row.persist();
        EngagementActorRow.delete("engagementId", id);
        for (Projection.Participant participant : projection.participants()) {
            EngagementActorRow actor = new EngagementActorRow();
            actor.engagementId = id;
            actor.actorId = participant.actorId();
            actor.role = participant.role();
            actor.persist();
        }
    }

    /**
     * One page of engagements of a type matching the filter, by main date, and the number of all matches. A main
     * date given as a month or a year sorts and filters by its first day.
     */
    public <S> Result<Recorded<S>> search(String type, EngagementFilter filter, int page, int size, Class<S> state) {
        List<String> where = new ArrayList<>(List.of("type = :type"));
        Map<String, Object> parameters = new HashMap<>(Map.of("type", type));
        if (filter.actor() != null) {
            where.add("id in (select p.engagementId from EngagementActorRow p where p.actorId = :actor)");
            parameters.put("actor", filter.actor());
        }
        if (filter.country() != null) {
            where.add("id in (select p.engagementId from EngagementActorRow p, DirectoryEntry d"
                    + " where d.id = p.actorId and d.country = :country)");
            parameters.put("country", filter.country());
        }
        if (filter.subdivision() != null) {
            where.add("id in (select p.engagementId from EngagementActorRow p, DirectoryEntry d"
                    + " where d.id = p.actorId and d.subdivision = :subdivision)");
            parameters.put("subdivision", filter.subdivision());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.field() != null) {
            where.add("fields like :field");
            parameters.put("field", "%|" + filter.field().replace("%", "") + "|%");
        }
        if (filter.from() != null) {
            where.add("startsOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("startsOn <= :to");
            parameters.put("to", filter.to());
        }
        PanacheQuery<EngagementRow> rows = EngagementRow.find(String.join(" and ", where),
                Sort.by("startsOn", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id"), parameters)
                .page(Page.of(page, size));
        return new Result<>(rows.list().stream().map(row -> new Recorded<>(read(row.document, state), row.version))
                .toList(), rows.count());
    }

    /** A page of engagements and the number of all matches. */
    public record Result<T>(List<T> items, long total) {
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a stored state. Rows written before the documents held states held the API's model of them, a
     * superset of the state's fields but for its last change, so fields the state lacks are passed over.
     */
    private <T> T read(String document, Class<T> state) {
        try {
            return json.readerFor(state).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored engagement document is unreadable", e);
        }
    }
}

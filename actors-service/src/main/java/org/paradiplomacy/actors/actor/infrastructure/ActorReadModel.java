package org.paradiplomacy.actors.actor.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.stream.Stream;
import org.paradiplomacy.actors.actor.application.ActorFilter;
import org.paradiplomacy.actors.actor.application.ActorModel;
import org.paradiplomacy.actors.actor.application.ActorViews;
import org.paradiplomacy.actors.actor.model.Actor;
import org.paradiplomacy.actors.actor.model.ActorDecider;

/**
 * Keeps the actors' read model equal to their streams (it is written in the transaction of each append) and
 * answers list and search queries from it: the tables {@code actor_view} and {@code actor_membership_view}, with
 * each actor's whole representation as JSON beside the columns lists filter on.
 */
@ApplicationScoped
public class ActorReadModel implements ActorViews {

    private final ObjectMapper json;

    public ActorReadModel(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void update(Actor actor, ActorModel document) {
        ActorRow row = ActorRow.findById(actor.id());
        if (row == null) {
            row = new ActorRow();
            row.id = actor.id();
        }
        row.kind = actor.kind().toString();
        row.nameEn = actor.names().en();
        row.searchText = Stream.concat(actor.names().all(), actor.aliases().stream())
                .map(ActorDecider::fold).distinct().collect(Collectors.joining(" | ", "| ", " |"));
        row.country = actor.place().country();
        row.subdivision = actor.place().subdivision();
        row.m49Region = actor.place().m49Region();
        row.m49Subregion = actor.place().m49Subregion();
        row.m49IntermediateRegion = actor.place().m49IntermediateRegion();
        row.parentId = actor.parentId();
        row.retired = actor.retired();
        row.version = document.version();
        row.document = write(document);
        row.persist();
        MembershipRow.delete("actorId", actor.id());
        actor.memberships().forEach(m -> {
            MembershipRow membership = new MembershipRow();
            membership.actorId = actor.id();
            membership.networkId = m.networkId();
            membership.role = m.role();
            membership.sinceAsGiven = m.since().toString();
            membership.since = m.since().firstDay();
            membership.untilAsGiven = m.until() == null ? null : m.until().toString();
            membership.until = m.until() == null ? null : m.until().firstDay();
            membership.persist();
        });
    }

    @Override
    public Found search(ActorFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        equal(where, parameters, "country", filter.country());
        equal(where, parameters, "subdivision", filter.subdivision());
        equal(where, parameters, "kind", filter.kind());
        equal(where, parameters, "parentId", filter.parent());
        if (filter.m49() != null) {
            where.add("(m49Region = :m49 or m49Subregion = :m49 or m49IntermediateRegion = :m49)");
            parameters.put("m49", filter.m49());
        }
        if (filter.network() != null) {
            where.add("id in (select m.actorId from MembershipRow m where m.networkId = :network and m.until is null)");
            parameters.put("network", filter.network());
        }
        if (filter.name() != null && !ActorDecider.fold(filter.name()).isEmpty()) {
            where.add("searchText like :name");
            // Folding leaves only letters, digits and spaces, so the pattern holds no wildcard of the client's.
            parameters.put("name", "%" + ActorDecider.fold(filter.name()) + "%");
        }
        if (!filter.includeRetired()) {
            where.add("retired = false");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<ActorRow> rows = ActorRow.find(query, Sort.by("nameEn").and("id"), parameters)
                .page(Page.of(page, size));
        return new Found(rows.list().stream().map(row -> read(row.document)).toList(), rows.count());
    }

    private static void equal(List<String> where, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }

    private String write(ActorModel model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ActorModel read(String document) {
        try {
            return json.readValue(document, ActorModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored actor document is unreadable", e);
        }
    }
}

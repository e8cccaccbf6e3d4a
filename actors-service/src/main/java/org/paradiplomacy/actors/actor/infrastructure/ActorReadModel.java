package org.paradiplomacy.actors.actor.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paradiplomacy.actors.actor.application.ActorFilter;
import org.paradiplomacy.actors.actor.application.ActorModel;
import org.paradiplomacy.actors.actor.application.ActorViews;
import org.paradiplomacy.actors.actor.application.NamesModel;
import org.paradiplomacy.actors.actor.model.Actor;
import org.paradiplomacy.actors.actor.model.ActorDecider;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.DuplicateCandidate;
import org.paradiplomacy.actors.actor.model.Names;

/**
 * Keeps the actors' read model equal to their streams (it is written in the transaction of each append) and
 * answers list and search queries from it: the tables {@code actor_view} and {@code actor_membership_view}, with
 * each actor's whole representation as JSON beside the columns lists filter on, and {@code actor_name_view}, every
 * name and alias by its key, for the door check. A merged actor's row names its representative, the actor at the
 * end of its merge chain, which lists stand it for.
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
        row.survivorId = actor.survivorId();
        if (row.representativeId == null) {
            row.representativeId = actor.id();
        }
        if (actor.merged() && row.representativeId.equals(actor.id())) {
            // The survivor stands (the merge checked it), so it is its own representative; those that were merged
            // into this actor before now follow the chain to it as well.
            ActorRow survivor = ActorRow.findById(actor.survivorId());
            String representative = survivor == null ? actor.survivorId() : survivor.representativeId;
            ActorRow.update("representativeId = ?1 where representativeId = ?2 and id <> ?2", representative,
                    actor.id());
            row.representativeId = representative;
        }
        row.withdrawn = actor.withdrawn();
        row.hasCoordinates = actor.coordinates() != null;
        row.namesIndexed = true;
        row.version = document.version();
        row.document = write(document);
        row.persist();
        indexNames(actor.id(), actor.names(), actor.aliases());
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
            // A merged member is listed as the actor that stands for it, once; so are the members of a network
            // merged into this one.
            where.add("id in (select r.representativeId from ActorRow r where r.id in (select m.actorId from"
                    + " MembershipRow m where m.until is null and m.networkId in (select n.id from ActorRow n"
                    + " where n.representativeId = (select x.representativeId from ActorRow x where x.id = :network)"
                    + ")))");
            parameters.put("network", filter.network());
        }
        if (filter.unplaced()) {
            where.add("hasCoordinates = true and country is not null and subdivision is null"
                    + " and kind in ('city', 'district', 'province')");
        }
        if (filter.name() != null && !ActorDecider.fold(filter.name()).isEmpty()) {
            where.add("searchText like :name");
            // Folding leaves only letters, digits and spaces, so the pattern holds no wildcard of the client's.
            parameters.put("name", "%" + ActorDecider.fold(filter.name()) + "%");
        }
        if (!filter.includeRetired()) {
            where.add("retired = false");
        }
        if (!filter.withdrawn()) {
            where.add("withdrawn = false");
        }
        where.add("survivorId is null");
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<ActorRow> rows = ActorRow.find(query, Sort.by("nameEn").and("id"), parameters)
                .page(Page.of(page, size));
        List<ActorModel> items = rows.list().stream().map(row -> read(row.document)).toList();
        return new Found(withMergedIds(items), rows.count());
    }

    /** Each survivor on a page with the ids of the actors merged into it, in one query. */
    private List<ActorModel> withMergedIds(List<ActorModel> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, List<String>> merged = new HashMap<>();
        ActorRow.<ActorRow>find("representativeId in ?1 and id <> representativeId order by id",
                        items.stream().map(ActorModel::id).toList()).list()
                .forEach(row -> merged.computeIfAbsent(row.representativeId, k -> new ArrayList<>()).add(row.id));
        return items.stream().map(item -> merged.containsKey(item.id()) ? item.withMergedIds(merged.get(item.id()))
                : item).toList();
    }

    @Override
    public void lockNames(ActorKind kind, String country, List<String> keys) {
        var entityManager = ActorRow.getEntityManager();
        keys.stream().map(key -> kind + "|" + country + "|" + key).distinct().sorted().forEach(lock ->
                // Sorted, so two registrations that share several names take their locks in one order.
                entityManager.createNativeQuery(
                                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 15))) l")
                        .setParameter(1, lock).getSingleResult());
    }

    /** At most this many candidates are named in a refusal. */
    private static final int CANDIDATES = 20;

    @Override
    public List<DuplicateCandidate> likelyDuplicates(ActorKind kind, String country, String subdivision,
            List<String> keys) {
        if (kind == null || keys.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("select a.id, a.nameEn, a.country, a.subdivision, n.name"
                + " from NameRow n, ActorRow a where a.id = n.actorId and n.key in :keys and a.kind = :kind"
                + " and a.survivorId is null and a.withdrawn = false");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("keys", keys);
        parameters.put("kind", kind.toString());
        if (country == null) {
            query.append(" and a.country is null");
        } else {
            query.append(" and a.country = :country");
            parameters.put("country", country);
        }
        if (subdivision != null) {
            query.append(" and (a.subdivision is null or a.subdivision = :subdivision)");
            parameters.put("subdivision", subdivision);
        }
        query.append(" order by a.nameEn, a.id, n.position");
        var found = ActorRow.getEntityManager().createQuery(query.toString(), Object[].class);
        parameters.forEach(found::setParameter);
        Map<String, DuplicateCandidate> candidates = new LinkedHashMap<>();
        for (Object[] row : found.setMaxResults(CANDIDATES * 10).getResultList()) {
            // The first name of each actor that matched, English first.
            candidates.putIfAbsent((String) row[0], new DuplicateCandidate((String) row[0], (String) row[1], kind,
                    (String) row[2], (String) row[3], (String) row[4]));
        }
        return candidates.values().stream().limit(CANDIDATES).toList();
    }

    @Override
    public Optional<String> survivorOf(String id) {
        ActorRow row = ActorRow.findById(id);
        return row == null || row.survivorId == null ? Optional.empty() : Optional.of(row.representativeId);
    }

    @Override
    public List<String> mergedInto(String id) {
        return ActorRow.<ActorRow>find("representativeId = ?1 and id <> ?1 order by id", id).list().stream()
                .map(row -> row.id).toList();
    }

    /**
     * Indexes the names of rows kept before names were indexed, from their documents, a batch at a time; returns
     * how many it indexed (0 when none is left).
     */
    @Transactional
    public int indexMissingNames(int batch) {
        List<ActorRow> rows = ActorRow.<ActorRow>find("namesIndexed = false").page(0, batch).list();
        for (ActorRow row : rows) {
            ActorModel document = read(row.document);
            NamesModel names = document.names();
            indexNames(row.id, names == null ? null : names.toDomain(), document.aliases());
            row.namesIndexed = true;
        }
        return rows.size();
    }

    private static void indexNames(String actorId, Names names, List<String> aliases) {
        NameRow.delete("actorId", actorId);
        List<String> all = new ArrayList<>();
        if (names != null) {
            all.addAll(Arrays.asList(names.en(), names.es(), names.pt(), names.zh()));
        }
        if (aliases != null) {
            all.addAll(aliases);
        }
        List<String> seen = new ArrayList<>();
        for (int position = 0; position < all.size(); position++) {
            String name = all.get(position);
            String key = name == null ? "" : ActorDecider.key(name);
            if (key.isEmpty() || seen.contains(key)) {
                continue;
            }
            seen.add(key);
            NameRow row = new NameRow();
            row.actorId = actorId;
            row.position = position;
            row.key = key;
            row.name = name.strip();
            row.persist();
        }
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

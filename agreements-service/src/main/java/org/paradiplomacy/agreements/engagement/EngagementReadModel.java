package org.paradiplomacy.agreements.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.paradiplomacy.agreements.directory.ActorDirectory;

/**
 * The read model of all four kinds of engagement: written in the transaction of each append, queried by lists
 * that filter on the actors taking part and where the directory places them.
 */
@ApplicationScoped
public class EngagementReadModel {

    private final ObjectMapper json;
    private final ActorDirectory directory;

    public EngagementReadModel(ObjectMapper json, ActorDirectory directory) {
        this.json = json;
        this.directory = directory;
    }

    /**
     * Writes the engagement's row: what lists filter on, and its state as the document lists return. An actor
     * merged into another is listed under its survivor, and an engagement naming both under the survivor once.
     */
    public void update(String id, long version, Projection projection, Object state, Withdrawal withdrawal) {
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
        row.withdrawn = projection.withdrawn();
        if (withdrawal != null) {
            row.withdrawalReason = withdrawal.reason();
            row.withdrawnAt = withdrawal.withdrawnAt();
            row.withdrawnBy = withdrawal.by();
        }
        row.upgrades = projection.upgrades();
        row.chainRoot = chainRoot(id, projection.upgrades());
        Set<Projection.Participant> participants = new LinkedHashSet<>();
        for (Projection.Participant participant : projection.participants()) {
            participants.add(new Projection.Participant(directory.survivorOf(participant.actorId()),
                    participant.role()));
        }
        row.partySet = "agreement".equals(projection.type()) ? partySet(participants) : null;
        row.persist();
        EngagementActorRow.delete("engagementId", id);
        for (Projection.Participant participant : participants) {
            EngagementActorRow actor = new EngagementActorRow();
            actor.engagementId = id;
            actor.actorId = participant.actorId();
            actor.role = participant.role();
            actor.persist();
        }
    }

    /** The oldest agreement of the chain of upgrades an agreement belongs to: the duplicates listing groups by it. */
    private static String chainRoot(String id, String upgrades) {
        if (upgrades == null) {
            return id;
        }
        EngagementRow upgraded = EngagementRow.findById(upgrades);
        return upgraded == null || upgraded.chainRoot == null ? upgrades : upgraded.chainRoot;
    }

    /** The parties of an agreement as a key: their distinct ids, sorted, separated by commas. */
    private static String partySet(Set<Projection.Participant> participants) {
        return participants.stream().filter(p -> "party".equals(p.role())).map(Projection.Participant::actorId)
                .distinct().sorted().collect(Collectors.joining(","));
    }

    /**
     * Locks the rows of the engagements named, in the order of their ids (so two commands never wait on each
     * other): a command that reads another engagement to decide (an upgrade and the agreement it upgrades) holds
     * it unchanged until it commits.
     */
    public void lock(Collection<String> ids) {
        List<String> sorted = ids.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            Panache.getEntityManager().createNativeQuery("SELECT id FROM engagement_view WHERE id IN (:ids)"
                    + " ORDER BY id FOR UPDATE").setParameter("ids", sorted).getResultList();
        }
    }

    /**
     * The agreement that upgrades the one named, if any: one naming it that is neither withdrawn nor abandoned (a
     * proposal terminated before its signing frees the agreement it named for another upgrade).
     */
    public String upgradedBy(String id) {
        return upgradedBy(List.of(id)).get(id);
    }

    public Map<String, String> upgradedBy(Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<EngagementRow> rows = EngagementRow.list("upgrades in ?1 and withdrawn = false and status <> 'terminated'"
                + " order by id", List.copyOf(ids));
        rows.forEach(row -> found.putIfAbsent(row.upgrades, row.id));
        return found;
    }

    /**
     * Lists the engagements naming an actor under the actor it was merged into (its survivor), and an engagement
     * naming both once, as the survivor.
     */
    public void repoint(String merged, String survivor) {
        if (merged.equals(survivor)) {
            return; // a cycle of merges in the data: nothing to move
        }
        var entities = Panache.getEntityManager();
        entities.flush();
        entities.createNativeQuery("DELETE FROM engagement_actor_view a USING engagement_actor_view b"
                + " WHERE a.actor_id = :merged AND b.actor_id = :survivor AND b.engagement_id = a.engagement_id"
                + " AND b.role = a.role").setParameter("merged", merged).setParameter("survivor", survivor)
                .executeUpdate();
        entities.createNativeQuery("UPDATE engagement_actor_view SET actor_id = :survivor"
                + " WHERE actor_id = :merged").setParameter("merged", merged).setParameter("survivor", survivor)
                .executeUpdate();
        entities.createNativeQuery("UPDATE engagement_view v SET party_set = (SELECT string_agg(DISTINCT a.actor_id,"
                + " ',' ORDER BY a.actor_id) FROM engagement_actor_view a WHERE a.engagement_id = v.id AND a.role = 'party')"
                + " WHERE v.type = 'agreement' AND v.id IN (SELECT engagement_id FROM engagement_actor_view"
                + " WHERE actor_id = :survivor AND role = 'party')").setParameter("survivor", survivor).executeUpdate();
    }

    /**
     * One page of possible duplicates: groups of two or more agreements of the same kind between the same set of
     * parties, none withdrawn, from at least two chains of upgrades (an agreement and its upgrade are no
     * duplicates), by kind and parties; and the number of all groups. Two indexed queries, however many there are.
     */
    public <S> Result<Group<S>> duplicates(int page, int size, Class<S> state) {
        var entities = Panache.getEntityManager();
        String groups = "SELECT kind, party_set FROM engagement_view WHERE type = 'agreement' AND NOT withdrawn"
                + " AND party_set IS NOT NULL GROUP BY kind, party_set HAVING count(DISTINCT chain_root) >= 2";
        long total = ((Number) entities.createNativeQuery("SELECT count(*) FROM (" + groups + ") g").getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("WITH g AS (" + groups + " ORDER BY kind, party_set"
                + " LIMIT :size OFFSET :offset) SELECT v.kind, v.party_set, v.id, v.version, CAST(v.document AS text)"
                + " FROM g JOIN engagement_view v ON v.type = 'agreement' AND NOT v.withdrawn AND v.kind = g.kind"
                + " AND v.party_set = g.party_set ORDER BY v.kind, v.party_set, v.starts_on NULLS LAST, v.id")
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        Map<String, Group<S>> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            String parties = (String) row[1];
            found.computeIfAbsent(kind + "\n" + parties,
                    key -> new Group<>(kind, List.of(parties.split(",")), new ArrayList<>()))
                    .items().add(new Recorded<>(read((String) row[4], state), ((Number) row[3]).longValue()));
        }
        return new Result<>(List.copyOf(found.values()), total);
    }

    /** Agreements of one kind between one set of parties. */
    public record Group<S>(String kind, List<String> parties, List<Recorded<S>> items) {
    }

    /**
     * One page of engagements of a type matching the filter, by main date, and the number of all matches. A main
     * date given as a month or a year sorts and filters by its first day.
     */
    public <S> Result<Recorded<S>> search(String type, EngagementFilter filter, int page, int size, Class<S> state) {
        List<String> where = new ArrayList<>(List.of("type = :type"));
        Map<String, Object> parameters = new HashMap<>(Map.of("type", type));
        if (!filter.withdrawn()) {
            where.add("withdrawn = false");
        }
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
        return new Result<>(rows.list().stream().map(row -> new Recorded<>(read(row.document, state), row.version,
                row.withdrawn ? new Withdrawal(row.withdrawalReason, row.withdrawnAt, row.withdrawnBy) : null))
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

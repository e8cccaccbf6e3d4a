package org.paradiplomacy.agreements.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.EngagementReadModel;
import org.paradiplomacy.eventsourcing.consume.PoisonMessage;
import org.paradiplomacy.eventsourcing.consume.ReceivedEvent;

/**
 * This service's own directory of actors, folded from the actors topic: engagements are checked against it, so
 * no request waits on actors-service. It lags actors-service by the time an event takes to arrive (well under a
 * second when all runs), which is why an engagement naming a just-registered actor may be refused with 422 and
 * succeed when retried.
 */
@ApplicationScoped
public class ActorDirectory {

    static final String REGISTERED = "actor.registered";
    static final String CORRECTED = "actor.details-corrected";
    static final String RENAMED = "actor.renamed";
    static final String RETIRED = "actor.retired";
    static final String MERGED = "actor.merged";
    static final String WITHDRAWN = "actor.withdrawn";
    /** The types it reads, each with the highest schema version it can read (v2 only dates at their precision). */
    private static final Map<String, Integer> READS = Map.of(REGISTERED, 1, CORRECTED, 1, RENAMED, 2, RETIRED, 2,
            MERGED, 1, WITHDRAWN, 1);
    /** More merges in a row than any real chain has: past it, a cycle in the data is assumed and the walk stops. */
    static final int MERGE_CHAIN = 32;

    private final EngagementReadModel readModel;

    public ActorDirectory(EngagementReadModel readModel) {
        this.readModel = readModel;
    }
    /** The longest English name actors-service accepts; a longer one would be cut, to keep events bounded. */
    public static final int NAME = 200;
    /** The longest code of an actor's kind ({@code national-body}), with room for new ones. */
    public static final int KIND = 32;
    /** ISO 3166-1 alpha-2 and ISO 3166-2 codes ({@code PE-ARE}). */
    public static final int COUNTRY = 2;
    public static final int SUBDIVISION = 6;

    /**
     * What the directory knows of an actor; an id too long to be one is not looked up. An actor merged into
     * another comes as its survivor (through every merge in a row), whose snapshot the events then carry.
     */
    public ActorRef ref(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() > EngagementLimits.ID) {
            return ActorRef.unknown(id);
        }
        String survivor = survivorOf(id);
        DirectoryEntry entry = DirectoryEntry.findById(survivor);
        return entry == null ? ActorRef.unknown(survivor)
                : new ActorRef(survivor, true, entry.retired, snapshot(entry), entry.withdrawn);
    }

    /** The actor an id stands for now: itself, or the survivor of the merges it went through. */
    public String survivorOf(String id) {
        String current = id;
        for (int step = 0; current != null && step < MERGE_CHAIN; step++) {
            DirectoryEntry entry = DirectoryEntry.findById(current);
            if (entry == null || entry.mergedInto == null) {
                return current;
            }
            current = entry.mergedInto;
        }
        return current;
    }

    /** The actors of a recorded engagement as the directory knows them now, for the events of its next step. */
    public List<ActorSnapshot> snapshots(List<String> ids) {
        return ids == null ? null : ids.stream().map(id -> ref(id).snapshot()).toList();
    }

    /**
     * What the events say of an actor, each text within the bound actors-service gives it: the bound of the
     * largest event relies on it (a name beyond it is cut, a code beyond it is not a code and is left out).
     */
    static ActorSnapshot snapshot(DirectoryEntry entry) {
        String name = entry.nameEn == null || entry.nameEn.length() <= NAME ? entry.nameEn : entry.nameEn.substring(0, NAME);
        return new ActorSnapshot(entry.id, name, code(entry.kind, KIND), code(entry.country, COUNTRY),
                code(entry.subdivision, SUBDIVISION));
    }

    private static String code(String value, int max) {
        return value == null || value.length() > max ? null : value;
    }

    /** Applies one actor event; events of other types only move the entry's version on. */
    public void apply(ReceivedEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new PoisonMessage("the event names no actor (no ce_subject and no key)");
        }
        String type = event.typeName();
        if (READS.containsKey(type)) {
            event.requireReadableVersion(READS.get(type));
        }
        DirectoryEntry entry = DirectoryEntry.findById(event.subject());
        if (entry != null && entry.version >= event.streamVersion()) {
            if (REGISTERED.equals(type)) {
                fillIn(entry, event);
            }
            return;
        }
        if (entry == null) {
            entry = new DirectoryEntry();
            entry.id = event.subject();
        }
        JsonNode data = event.data();
        switch (type == null ? "" : type) {
            case REGISTERED, CORRECTED -> {
                if (REGISTERED.equals(type)) {
                    entry.kind = event.text("kind");
                }
                entry.nameEn = data.path("names").path("en").asText(null);
                entry.country = data.path("place").path("country").asText(null);
                entry.subdivision = data.path("place").path("subdivision").asText(null);
            }
            case RENAMED -> entry.nameEn = data.path("names").path("en").asText(entry.nameEn);
            case RETIRED -> entry.retired = true;
            case MERGED -> entry.mergedInto = event.text("survivorId");
            case WITHDRAWN -> entry.withdrawn = true;
            default -> {
            }
        }
        entry.version = event.streamVersion();
        entry.persist();
        if (MERGED.equals(type) && entry.mergedInto != null) {
            // Every engagement listed under the merged actor (and those merged into it before) moves to where the
            // chain of merges ends now; a merge of the survivor arriving later moves them on again.
            readModel.repoint(entry.id, survivorOf(entry.id));
        }
    }

    /**
     * A registration that arrives after later events of its actor (republished by a repair of the publication)
     * fills in what those later events did not say, and overwrites nothing they did.
     */
    private static void fillIn(DirectoryEntry entry, ReceivedEvent registered) {
        JsonNode data = registered.data();
        entry.kind = entry.kind != null ? entry.kind : registered.text("kind");
        entry.nameEn = entry.nameEn != null ? entry.nameEn : data.path("names").path("en").asText(null);
        entry.country = entry.country != null ? entry.country : data.path("place").path("country").asText(null);
        entry.subdivision = entry.subdivision != null ? entry.subdivision
                : data.path("place").path("subdivision").asText(null);
        entry.persist();
    }
}

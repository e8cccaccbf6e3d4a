package org.paradiplomacy.importer.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Api;
import org.paradiplomacy.importer.client.ObservatoryClient.Unavailable;
import org.paradiplomacy.importer.demo.Recording.Row;
import org.paradiplomacy.importer.source.ListFile;
import org.paradiplomacy.importer.source.ListProvenance;

/**
 * Loads the demo data through the public APIs: the hand-made demo ({@link JsonDemo}), then the sourced lists of
 * engagements ({@link EngagementList}) and network memberships ({@link MembershipList}). Actors the lists name are
 * found or registered ({@link ActorBook}); agreements-service must know every actor before an engagement names it,
 * so the loader waits for its directory. Every write has an Idempotency-Key that depends on the record, not on when
 * it is loaded: a second run creates nothing.
 */
public final class DemoLoader {

    private static final long DIRECTORY_WAIT_MILLIS = 120_000;

    /** What to load: any of the files may be absent (null). */
    public record Files(Path actors, Path engagements, Path realEngagements, Path memberships) {
    }

    private final ObservatoryClient client;
    private final LocalDate attestedOn;
    private final PrintStream progress;

    public DemoLoader(ObservatoryClient client, LocalDate attestedOn, PrintStream progress) {
        this.client = client;
        this.attestedOn = attestedOn;
        this.progress = progress;
    }

    public LoadSummary run(Files files) throws ListFile.Unreadable {
        LoadSummary summary = new LoadSummary();
        Writes writes = new Writes(client, summary);
        JsonDemo demo = files.actors() == null ? null : new JsonDemo(writes, files.actors(), files.engagements());
        Gazetteer places = new Gazetteer(client.countries(), client.subdivisions());
        EngagementList.Contents real = files.realEngagements() == null ? null
                : EngagementList.read(files.realEngagements(), places);
        MembershipList.Contents memberships = files.memberships() == null ? null
                : MembershipList.read(files.memberships(), places, attestedOn);
        Set<String> named = new LinkedHashSet<>();
        if (demo != null) {
            progress.println("demo: actors and memberships of " + files.actors().getFileName());
            demo.loadActors();
            named.addAll(demo.namedActorIds());
        }
        ActorBook book = new ActorBook(client);
        List<Recorded> toRecord = new ArrayList<>();
        if (real != null) {
            progress.println("demo: actors named by " + files.realEngagements().getFileName());
            ListProvenance provenance = ListProvenance.of(files.realEngagements());
            real.refused().forEach(r -> summary.refused(kindOf(r, real), r));
            for (Recording recording : real.recordings()) {
                ArrayNode sources = sources(recording.row(), provenance, null);
                List<String> ids = new ArrayList<>();
                String refusedActor = null;
                for (Party party : recording.parties()) {
                    String id = book.id(party, sources);
                    if (id == null) {
                        refusedActor = book.problem(party);
                        break;
                    }
                    ids.add(id);
                }
                if (refusedActor != null) {
                    writes.refuse(kind(recording), recording.row().file(), recording.row().line(),
                            "actors-service refused an actor it names: " + refusedActor);
                    continue;
                }
                named.addAll(ids);
                toRecord.add(new Recorded(recording, ids, sources));
            }
        }
        if (memberships != null) {
            progress.println("demo: memberships of " + files.memberships().getFileName());
            loadMemberships(memberships, ListProvenance.of(files.memberships()), book, writes, summary);
        }
        ActorBook.Tally tally = book.tally();
        summary.matched(tally.matched());
        for (int i = 0; i < tally.matchedExisting(); i++) {
            summary.existingActorUsed();
        }
        for (int i = 0; i < tally.created(); i++) {
            summary.created("actors", false);
        }
        for (int i = 0; i < tally.replayed(); i++) {
            summary.created("actors", true);
        }
        tally.refused().forEach(problem -> summary.refused("actors", new Refused("actors-service", 0, null, problem)));

        progress.println("demo: waiting until agreements-service knows the " + named.size() + " actors engagements name");
        awaitDirectory(named);
        progress.println("demo: engagements");
        if (demo != null) {
            demo.loadEngagements();
        }
        toRecord.forEach(recorded -> record(recorded, writes));
        return summary;
    }

    /** A recording with the ids of its parties, in the order {@link Recording#parties()} gives them. */
    private record Recorded(Recording recording, List<String> ids, ArrayNode sources) {
    }

    private void record(Recorded recorded, Writes writes) {
        Row row = recorded.recording().row();
        List<String> ids = recorded.ids();
        ObjectNode body = ObservatoryClient.json().createObjectNode();
        switch (recorded.recording()) {
            case Recording.Agreement a -> {
                body.put("kind", a.kind()).put("title", a.title());
                ids.forEach(body.putArray("parties")::add);
                body.putObject("signed").put("signedOn", a.signedOn()).set("sources", recorded.sources().deepCopy());
                post(writes, "agreements", "/api/v1/agreements", body, recorded, "the agreement");
            }
            case Recording.Mission m -> {
                body.put("kind", m.kind()).put("leader", ids.get(0));
                ids.subList(1, ids.size()).forEach(body.putArray("hosts")::add);
                body.put("startsOn", m.startsOn());
                if (m.purpose() != null) {
                    body.put("purpose", m.purpose());
                }
                String id = post(writes, "missions", "/api/v1/missions", body, recorded, "the mission");
                if (id != null && m.completed()) {
                    ObjectNode completion = ObservatoryClient.json().createObjectNode().put("completedOn", m.startsOn());
                    completion.set("sources", recorded.sources().deepCopy());
                    writes.step("missions", "/api/v1/missions/" + id + "/completion", completion, null,
                            row.key() + "-completion", row.file(), row.line(), "the mission's completion");
                }
            }
            case Recording.Conference c -> {
                body.put("title", c.title()).put("host", ids.get(0));
                ids.subList(1, ids.size()).forEach(body.putArray("participants")::add);
                body.put("startsOn", c.startsOn());
                post(writes, "conferences", "/api/v1/conferences", body, recorded, "the conference");
            }
            case Recording.Statement s -> {
                body.put("issuer", ids.get(0));
                ids.subList(1, ids.size()).forEach(body.putArray("about")::add);
                body.put("issuedOn", s.issuedOn()).put("title", s.title());
                if (s.url() != null) {
                    body.put("url", s.url());
                }
                if (s.summary() != null) {
                    body.put("summary", s.summary());
                }
                post(writes, "statements", "/api/v1/statements", body, recorded, "the statement");
            }
        }
    }

    private static String post(Writes writes, String kind, String path, ObjectNode body, Recorded recorded, String what) {
        Row row = recorded.recording().row();
        body.set("sources", recorded.sources().deepCopy());
        return writes.post(kind, Api.AGREEMENTS, path, body, null, row.key(), row.file(), row.line(), what);
    }

    private void loadMemberships(MembershipList.Contents contents, ListProvenance provenance, ActorBook book,
            Writes writes, LoadSummary summary) {
        contents.refused().forEach(r -> summary.refused("memberships", r));
        for (MembershipList.Membership membership : contents.memberships()) {
            Row row = membership.row();
            ArrayNode sources = sources(row, provenance, membership.joinedAsListed());
            String member = book.id(membership.member(), sources);
            String network = book.id(membership.network(), sources);
            if (member == null || network == null) {
                writes.refuse("memberships", row.file(), row.line(), "actors-service refused "
                        + (member == null ? book.problem(membership.member()) : book.problem(membership.network())));
                continue;
            }
            ObjectNode body = ObservatoryClient.json().createObjectNode().put("networkId", network)
                    .put("since", membership.since());
            body.set("sources", sources);
            writes.post("memberships", Api.ACTORS, "/api/v1/actors/" + member + "/memberships", body, null, row.key(),
                    row.file(), row.line(), "the membership of " + membership.member().label() + " in "
                            + membership.network().name());
        }
    }

    /** The row's own source, and the list's line: file, line, the list's source and licence, and its words. */
    private static ArrayNode sources(Row row, ListProvenance provenance, String asListed) {
        ArrayNode sources = ObservatoryClient.json().createArrayNode();
        ObjectNode cited = sources.addObject();
        if (row.sourceTitle() != null) {
            cited.put("title", EngagementList.shorten(row.sourceTitle(), EngagementList.TITLE));
        }
        if (row.sourceUrl() != null) {
            cited.put("url", row.sourceUrl());
        }
        ObjectNode line = provenance.source(row.line());
        if (asListed != null) {
            line.put("title", EngagementList.shorten(line.path("title").asText() + " (joined: " + asListed
                    + ": no joining date; a member from the date the source vouches for)", EngagementList.TITLE));
        }
        sources.add(line);
        return sources;
    }

    private static String kind(Recording recording) {
        return switch (recording) {
            case Recording.Agreement a -> "agreements";
            case Recording.Mission m -> "missions";
            case Recording.Conference c -> "conferences";
            case Recording.Statement s -> "statements";
        };
    }

    /** The kind a refused row would have recorded, from its kind column as the list gives it. */
    private static String kindOf(Refused refused, EngagementList.Contents contents) {
        String kind = contents.kinds().get(refused.line());
        return kind != null && LoadSummary.KINDS.contains(kind + "s") ? kind + "s" : LoadSummary.OTHER;
    }

    private void awaitDirectory(Set<String> ids) {
        long deadline = System.currentTimeMillis() + DIRECTORY_WAIT_MILLIS;
        for (String id : ids) {
            while (!client.directoryKnows(id)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new Unavailable("agreements-service's directory still does not know actor " + id
                            + " after " + DIRECTORY_WAIT_MILLIS / 1000 + " s: is it consuming the actors topic?", null);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted", e);
                }
            }
        }
    }
}

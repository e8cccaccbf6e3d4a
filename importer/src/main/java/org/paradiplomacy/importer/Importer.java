package org.paradiplomacy.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.paradiplomacy.importer.client.ExistingActor;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Outcome;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.matching.PlaceResolver;
import org.paradiplomacy.importer.matching.Target;
import org.paradiplomacy.importer.source.LinkRow;
import org.paradiplomacy.importer.source.ListFile;
import org.paradiplomacy.importer.source.ListProvenance;
import org.paradiplomacy.importer.source.ParsedRow;
import org.paradiplomacy.importer.source.ParsedRow.Rejected;
import org.paradiplomacy.importer.source.PlaceMention;

/**
 * Imports a list of twinned places through the public APIs. It reads and checks every row first, decides which
 * actor each place is over the whole list ({@link PlaceResolver}), registers the missing actors, waits until
 * agreements-service's directory knows them, then records each link not yet recorded. A registration that
 * actors-service answers with the actor it already holds for that place (409, likely duplicate) takes that actor
 * instead: one place, one actor. A row that fails a check is rejected before anything of it is written. Every
 * write carries an Idempotency-Key derived from what it records, so an interrupted import run again picks up where
 * it stopped and a finished one changes nothing. Every record cites its provenance as a source: the file, the line
 * it was first named on, and the list's own source and licence ({@link ListProvenance}).
 */
public final class Importer {

    private static final Map<String, String> KIND_TITLES = Map.of("sister-city", "Sister cities",
            "friendly-exchange", "Friendly exchange", "cooperation", "Cooperation",
            "memorandum-of-understanding", "Memorandum of understanding", "letter-of-intent", "Letter of intent");

    /** A row whose places are resolved. */
    private record Planned(LinkRow row, Target first, Target second) {
    }

    private final ObservatoryClient client;
    private final Workers workers;
    private final LocalDate attestedOn;
    private final PrintStream progress;
    private final boolean terminal;

    public Importer(ObservatoryClient client, int concurrency, LocalDate attestedOn, PrintStream progress,
            boolean terminal) {
        this.client = client;
        this.workers = new Workers(concurrency);
        this.attestedOn = attestedOn;
        this.progress = progress;
        this.terminal = terminal;
    }

    public ImportSummary run(Path file) throws ListFile.Unreadable {
        long started = System.nanoTime();
        ListProvenance provenance = ListProvenance.of(file);
        Countries countries = new Countries(client.countries(), client.subdivisions());
        ListFile.Contents contents = ListFile.read(file, countries);
        List<Rejected> rejected = new ArrayList<>();
        List<LinkRow> rows = new ArrayList<>();
        for (ParsedRow row : contents.rows()) {
            switch (row) {
                case ParsedRow.Link link -> rows.add(link.row());
                case Rejected rejection -> rejected.add(rejection);
            }
        }

        PlaceResolver resolver = new PlaceResolver(client.actors());
        rows.forEach(row -> Stream.of(row.first(), row.second()).forEach(resolver::mention));
        List<Planned> planned = new ArrayList<>();
        Map<String, NewActor> newActors = new LinkedHashMap<>();
        for (LinkRow row : rows) {
            Target first = resolver.resolve(row.first());
            Target second = resolver.resolve(row.second());
            String reason = first instanceof Target.Ambiguous a ? "place 1: " + a.reason()
                    : second instanceof Target.Ambiguous b ? "place 2: " + b.reason()
                    : first.key().equals(second.key()) ? "both sides are the same actor, " + row.first().name() : null;
            if (reason != null) {
                rejected.add(new Rejected(row.line(), reason));
                continue;
            }
            noteNew(newActors, first, row.first(), row.line());
            noteNew(newActors, second, row.second(), row.line());
            planned.add(new Planned(row, first, second));
        }

        Map<String, String> ids = new ConcurrentHashMap<>();
        Map<String, String> refused = new ConcurrentHashMap<>();
        Set<String> matched = new HashSet<>();
        Set<String> usedExisting = ConcurrentHashMap.newKeySet();
        planned.forEach(p -> Stream.of(p.first(), p.second()).forEach(t -> {
            if (t instanceof Target.Existing existing) {
                ids.put(t.key(), existing.actorId());
                matched.add(existing.actorId());
            }
        }));
        register(newActors, ids, refused, usedExisting, provenance);

        Set<String> recorded = new HashSet<>();
        planned.stream().map(p -> p.row().agreementKind()).distinct()
                .forEach(kind -> client.agreementParties(kind).forEach(parties -> recorded.add(linkKey(kind, parties))));
        Set<String> seen = new HashSet<>();
        List<Planned> toRecord = new ArrayList<>();
        long duplicates = 0;
        long alreadyRecorded = 0;
        for (Planned p : planned) {
            String problem = refused.getOrDefault(p.first().key(), refused.get(p.second().key()));
            if (problem != null) {
                rejected.add(new Rejected(p.row().line(), problem));
                continue;
            }
            String key = linkKey(p.row().agreementKind(), List.of(ids.get(p.first().key()), ids.get(p.second().key())));
            if (!seen.add(key)) {
                duplicates++;
            } else if (recorded.contains(key)) {
                alreadyRecorded++;
            } else {
                toRecord.add(p);
            }
        }
        long linksCreated = recordLinks(toRecord, ids, rejected, provenance);
        rejected.sort(Comparator.comparingLong(Rejected::line));
        return new ImportSummary(file.getFileName().toString(), contents.format(), contents.rows().size(),
                newActors.size() - refused.size() - usedExisting.size(), matched.size(), usedExisting.size(), linksCreated,
                alreadyRecorded, duplicates, rejected, (System.nanoTime() - started) / 1e9);
    }

    private static void noteNew(Map<String, NewActor> newActors, Target target, PlaceMention place, long line) {
        if (target instanceof Target.New created) {
            newActors.computeIfAbsent(target.key(), k -> new NewActor(created, line)).mentioned(place);
        }
    }

    /**
     * Registers the new actors: {@code ids} gets the id of each created or matched, {@code usedExisting} the keys
     * of those actors-service matched to an actor it holds, {@code refused} why a place has no actor.
     */
    private void register(Map<String, NewActor> newActors, Map<String, String> ids, Map<String, String> refused,
            Set<String> usedExisting, ListProvenance provenance) {
        Progress actors = new Progress(progress, terminal, "actors", newActors.size());
        workers.each(List.copyOf(newActors.entrySet()), entry -> {
            NewActor actor = entry.getValue();
            Outcome outcome = client.registerActor(actor.body(provenance), "import-actor-" + digest(entry.getKey()));
            if (outcome.created()) {
                ids.put(entry.getKey(), outcome.id());
            } else if (outcome.likelyDuplicate()) {
                switch (ExistingActor.choose(outcome.candidates(), actor.subdivision())) {
                    case ExistingActor.Chosen chosen -> {
                        ids.put(entry.getKey(), chosen.actor().actorId());
                        usedExisting.add(entry.getKey());
                    }
                    case ExistingActor.Ambiguous ambiguous -> refused.put(entry.getKey(),
                            "'" + actor.name() + "' is ambiguous: " + ambiguous.reason());
                }
            } else {
                refused.put(entry.getKey(), "actors-service refused a place: " + outcome.problem());
            }
            actors.step();
        });
        actors.finish();
        List<String> created = newActors.keySet().stream().filter(ids::containsKey).map(ids::get).toList();
        Progress directory = new Progress(progress, terminal, "directory", created.size());
        workers.each(created, id -> {
            Workers.awaitTrue(() -> client.directoryKnows(id), "agreements-service's directory to know actor " + id);
            directory.step();
        });
        directory.finish();
    }

    private long recordLinks(List<Planned> toRecord, Map<String, String> ids, List<Rejected> rejected,
            ListProvenance provenance) {
        Progress links = new Progress(progress, terminal, "links", toRecord.size());
        List<Rejected> refusedLinks = new ArrayList<>();
        workers.each(toRecord, p -> {
            List<String> parties = List.of(ids.get(p.first().key()), ids.get(p.second().key()));
            Outcome outcome = client.recordAgreement(agreementBody(p.row(), parties, provenance),
                    "import-link-" + digest(linkKey(p.row().agreementKind(), parties)));
            if (!outcome.created()) {
                synchronized (refusedLinks) {
                    refusedLinks.add(new Rejected(p.row().line(), "agreements-service refused the link: " + outcome.problem()));
                }
            }
            links.step();
        });
        links.finish();
        rejected.addAll(refusedLinks);
        return toRecord.size() - refusedLinks.size();
    }

    private ObjectNode agreementBody(LinkRow row, List<String> parties, ListProvenance provenance) {
        ObjectNode body = ObservatoryClient.json().createObjectNode();
        body.put("kind", row.agreementKind());
        body.put("title", row.title() != null ? row.title() : KIND_TITLES.get(row.agreementKind()) + ": "
                + label(row.first()) + " – " + label(row.second()));
        parties.forEach(body.putArray("parties")::add);
        row.fields().forEach(body.putArray("fields")::add);
        ObjectNode signed = body.putObject("signed");
        if (row.signedOn() != null) {
            signed.put("signedOn", row.signedOn().toString());
        } else {
            signed.put("signedNoLaterThan", attestedOn.toString());
        }
        body.putArray("sources").add(provenance.source(row.line()));
        return body;
    }

    private static String label(PlaceMention place) {
        return place.name() + " (" + (place.subdivision() != null ? place.subdivision() : place.country()) + ")";
    }

    /** One link whichever way round its parties are listed. */
    private static String linkKey(String kind, List<String> parties) {
        return kind + "|" + String.join("|", parties.stream().sorted().toList());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

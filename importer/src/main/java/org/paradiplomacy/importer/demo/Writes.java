package org.paradiplomacy.importer.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paradiplomacy.importer.client.ExistingActor;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Api;
import org.paradiplomacy.importer.client.ObservatoryClient.Outcome;

/** The loader's writes: each posted with its Idempotency-Key, counted as created, replayed or refused. */
final class Writes {

    private final ObservatoryClient client;
    private final LoadSummary summary;

    Writes(ObservatoryClient client, LoadSummary summary) {
        this.client = client;
        this.summary = summary;
    }

    /**
     * Posts the body; the id it answers, or null when refused. {@code olderBody}, if given, is what an earlier
     * loader sent under the same key before records had sources: when the service says the key was used for a
     * different request, that body is posted again so the record is replayed, not recorded twice. An actor
     * actors-service refuses as a likely duplicate is the candidate it names (of several, the one in the body's
     * subdivision): its id is answered, counted as a matched existing actor.
     */
    String post(String kind, Api api, String path, ObjectNode body, ObjectNode olderBody, String key, String file,
            long line, String what) {
        Outcome outcome = client.post(api, path, body, key);
        if (outcome.keyReused() && olderBody != null) {
            outcome = client.post(api, path, olderBody, key);
            if (outcome.created()) {
                summary.note(what + ": recorded by an earlier loader without sources, kept as it is");
            }
        }
        if (outcome.created()) {
            summary.created(kind, outcome.replayed());
            return outcome.id();
        }
        if (outcome.likelyDuplicate()) {
            switch (ExistingActor.choose(outcome.candidates(), body.path("subdivision").asText(null))) {
                case ExistingActor.Chosen chosen -> {
                    summary.existingActorUsed();
                    return chosen.actor().actorId();
                }
                case ExistingActor.Ambiguous ambiguous -> {
                    summary.refused(kind, new Refused(file, line, null, what + " is ambiguous: " + ambiguous.reason()));
                    return null;
                }
            }
        }
        String reason = outcome.keyReused()
                ? "an earlier run recorded this row with other content (key " + key + "); the record stays as it was"
                : (api == Api.ACTORS ? "actors-service" : "agreements-service") + " refused " + what + ": "
                        + outcome.problem();
        summary.refused(kind, new Refused(file, line, null, reason));
        return null;
    }

    void refuse(String kind, String file, long line, String reason) {
        summary.refused(kind, new Refused(file, line, null, reason));
    }

    /** A write that is a step of a record just posted (a mission's completion): refused steps count for the kind. */
    boolean step(String kind, String path, ObjectNode body, ObjectNode olderBody, String key, String file, long line,
            String what) {
        Outcome outcome = client.post(Api.AGREEMENTS, path, body, key);
        if (outcome.keyReused() && olderBody != null) {
            outcome = client.post(Api.AGREEMENTS, path, olderBody, key);
        }
        if (!outcome.created()) {
            summary.refused(kind, new Refused(file, line, null, "agreements-service refused " + what + ": "
                    + outcome.problem()));
        }
        return outcome.created() && !outcome.replayed();
    }
}

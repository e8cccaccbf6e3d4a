package org.paradiplomacy.analytics.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.paradiplomacy.testing.CloudEventPublisher;

/** Publishes the write services' events as the given/when/then tests of the statistics need them. */
final class Events implements AutoCloseable {

    private static final String ACTORS = "paradiplomacy.actors.v1";
    private static final String AGREEMENTS = "paradiplomacy.agreements.v1";
    private static final String SOURCES = ", \"sources\": [{\"title\": \"A source\", \"publishedOn\": \"2019-05\"}]";

    private final CloudEventPublisher publisher = StatisticsResourceTest.publisher();

    /** A placed city: its id; a subdivision or sub-region may be null. */
    String city(String country, String subdivision, String subregion) {
        String id = UUID.randomUUID().toString();
        List<String> place = new ArrayList<>(List.of("\"country\": \"" + country + "\"", "\"m49Region\": \"x\""));
        if (subdivision != null) {
            place.add("\"subdivision\": \"" + subdivision + "\"");
        }
        if (subregion != null) {
            place.add("\"m49Subregion\": \"" + subregion + "\"");
        }
        send(ACTORS, id, 1, "actor.registered.v1", """
                {"actorId": "%s", "kind": "city", "names": {"en": "City %s"}, "place": {%s}}"""
                .formatted(id, id, String.join(", ", place)));
        return id;
    }

    /** A placeless network, with its id. */
    String network() {
        String id = UUID.randomUUID().toString();
        send(ACTORS, id, 1, "actor.registered.v1", """
                {"actorId": "%s", "kind": "network", "names": {"en": "Network %s"}, "place": {}}""".formatted(id, id));
        return id;
    }

    void joined(String actor, long version, String network, String since) {
        send(ACTORS, actor, version, "actor.network-membership-started.v2", """
                {"actorId": "%s", "networkId": "%s", "since": "%s"}""".formatted(actor, network, since));
    }

    void merged(String actor, long version, String survivor) {
        send(ACTORS, actor, version, "actor.merged.v1", """
                {"actorId": "%s", "survivorId": "%s", "reason": "recorded twice"%s}""".formatted(actor, survivor, SOURCES));
    }

    void actorWithdrawn(String actor, long version) {
        send(ACTORS, actor, version, "actor.withdrawn.v1", """
                {"actorId": "%s", "reason": "recorded in error"%s}""".formatted(actor, SOURCES));
    }

    void membershipWithdrawn(String actor, long version, String network) {
        send(ACTORS, actor, version, "actor.network-membership-withdrawn.v1", """
                {"actorId": "%s", "networkId": "%s", "reason": "never a member"}""".formatted(actor, network));
    }

    /** An agreement of the parties recorded as signed on the day (two events): its id. */
    String agreement(String signedOn, String... parties) {
        String id = UUID.randomUUID().toString();
        send(AGREEMENTS, id, 1, "agreement.proposed.v2", """
                {"agreementId": "%s", "kind": "sister-city", "title": "T", "parties": %s, "fields": ["culture"]}"""
                .formatted(id, snapshots(parties)));
        send(AGREEMENTS, id, 2, "agreement.signed.v2", """
                {"agreementId": "%s", "signedOn": "%s", "parties": %s}""".formatted(id, signedOn, snapshots(parties)));
        return id;
    }

    void superseded(String agreement, long version, String by, String on, String... parties) {
        send(AGREEMENTS, agreement, version, "agreement.superseded.v1", """
                {"agreementId": "%s", "supersededBy": "%s", "supersededOn": "%s", "parties": %s%s}"""
                .formatted(agreement, by, on, snapshots(parties), SOURCES));
    }

    void agreementWithdrawn(String agreement, long version, String... parties) {
        send(AGREEMENTS, agreement, version, "agreement.withdrawn.v1", """
                {"agreementId": "%s", "reason": "recorded in error", "parties": %s}"""
                .formatted(agreement, snapshots(parties)));
    }

    String conference(String startsOn, String host, String... participants) {
        String id = UUID.randomUUID().toString();
        send("paradiplomacy.conferences.v1", id, 1, "conference.held.v2", """
                {"conferenceId": "%s", "title": "Forum", "series": "Forum", "host": %s, "participants": %s,
                 "startsOn": "%s", "fields": ["trade"]}""".formatted(id, snapshot(host), snapshots(participants), startsOn));
        return id;
    }

    void conferenceCorrected(String conference, long version, String startsOn, String host, String... participants) {
        send("paradiplomacy.conferences.v1", conference, version, "conference.corrected.v1", """
                {"conferenceId": "%s", "title": "Forum, corrected", "series": "Forum", "host": %s, "participants": %s,
                 "startsOn": "%s", "place": "Chongqing", "fields": ["culture"]%s}"""
                .formatted(conference, snapshot(host), snapshots(participants), startsOn, SOURCES));
    }

    void conferenceWithdrawn(String conference, long version) {
        send("paradiplomacy.conferences.v1", conference, version, "conference.withdrawn.v1", """
                {"conferenceId": "%s", "reason": "never held"}""".formatted(conference));
    }

    String statement(String issuedOn, String issuer, String... about) {
        String id = UUID.randomUUID().toString();
        send("paradiplomacy.statements.v1", id, 1, "statement.issued.v2", """
                {"statementId": "%s", "issuer": %s, "about": %s, "issuedOn": "%s", "title": "S"}"""
                .formatted(id, snapshot(issuer), snapshots(about), issuedOn));
        return id;
    }

    void statementCorrected(String statement, long version, String issuedOn, String issuer, String... about) {
        send("paradiplomacy.statements.v1", statement, version, "statement.corrected.v1", """
                {"statementId": "%s", "issuer": %s, "about": %s, "issuedOn": "%s", "title": "S, corrected",
                 "url": "https://example.org/s", "summary": "Corrected."%s}"""
                .formatted(statement, snapshot(issuer), snapshots(about), issuedOn, SOURCES));
    }

    private static String snapshot(String actor) {
        return "{\"actorId\": \"" + actor + "\", \"name\": \"City " + actor + "\", \"kind\": \"city\"}";
    }

    private static String snapshots(String... actors) {
        return List.of(actors).stream().map(Events::snapshot).collect(Collectors.joining(", ", "[", "]"));
    }

    private void send(String topic, String stream, long version, String type, String payload) {
        publisher.send(topic, stream, UUID.randomUUID().toString(), "org.paradiplomacy." + type, version, payload);
    }

    @Override
    public void close() {
        publisher.close();
    }
}

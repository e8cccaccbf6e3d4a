package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * Plays actors-service in these tests: publishes actor events to the real actors topic in the CloudEvents
 * binary format, so the directory is fed exactly as in production.
 */
final class ActorTopic {

    static final String TOPIC = "paradiplomacy.actors.v1";
    private static CloudEventPublisher publisher;

    private ActorTopic() {
    }

    /** Publishes ActorRegistered (version 1) and waits until the directory knows the actor. */
    static String known(String name, String country, String subdivision) {
        String id = UUID.randomUUID().toString();
        registered(id, name, country, subdivision);
        awaitKnown(id);
        return id;
    }

    static String registered(String id, String name, String country, String subdivision) {
        String eventId = UUID.randomUUID().toString();
        send(id, eventId, "org.paradiplomacy.actor.registered.v1", 1, """
                {"actorId": "%s", "kind": "city", "names": {"en": "%s"}, "aliases": [],
                 "place": {"country": "%s", "subdivision": "%s"}, "futureField": {"tolerated": true}}"""
                .formatted(id, name, country, subdivision));
        return eventId;
    }

    static void retired(String id, long version) {
        send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.retired.v1", version, """
                {"actorId": "%s", "reason": "dissolved", "effectiveOn": "2020-01-01"}""".formatted(id));
    }

    /** Publishes ActorMerged: {@code id} was recorded twice and {@code survivorId} stands for it. */
    static void merged(String id, String survivorId, long version) {
        send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.merged.v1", version, """
                {"actorId": "%s", "survivorId": "%s", "reason": "recorded twice"}""".formatted(id, survivorId));
        await().atMost(Duration.ofSeconds(60)).until(() -> survivorId.equals(
                given().when().get("/api/v1/directory/actors/" + id).then().extract().path("mergedInto")));
    }

    /** Publishes ActorWithdrawn and waits until the directory knows it. */
    static void withdrawn(String id, long version) {
        send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.withdrawn.v1", version, """
                {"actorId": "%s", "reason": "recorded in error"}""".formatted(id));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(
                given().when().get("/api/v1/directory/actors/" + id).then().extract().path("withdrawn")));
    }

    static void send(String key, String eventId, String type, long version, String payload) {
        publisher().send(TOPIC, key, eventId, type, version, payload);
    }

    static void sendRecord(ProducerRecord<String, String> record) {
        publisher().send(record);
    }

    static void awaitKnown(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().when().get("/api/v1/directory/actors/" + id).then().extract().statusCode() == 200);
    }

    private static synchronized CloudEventPublisher publisher() {
        if (publisher == null) {
            publisher = new CloudEventPublisher(ObservatoryTestResource.broker().bootstrapServers());
        }
        return publisher;
    }
}

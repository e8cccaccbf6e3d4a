package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * Plays actors-service in these tests: publishes actor events to the real actors topic in the CloudEvents
 * binary format, so the directory is fed exactly as in production.
 */
final class ActorTopic {

    static final String TOPIC = "paradiplomacy.actors.v1";
    private static KafkaProducer<String, String> producer;

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

    static void send(String key, String eventId, String type, long version, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/actors-service");
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_streamversion", Long.toString(version));
        sendRecord(record);
    }

    static void sendRecord(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitKnown(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().when().get("/api/v1/directory/actors/" + id).then().extract().statusCode() == 200);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ObservatoryTestResource.broker().bootstrapServers()),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}

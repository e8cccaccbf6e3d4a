package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/** The directory never drops an event it cannot read: a schema version it does not know is dead-lettered. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class DirectoryVersionsTest {

    @Test
    void anActorEventAtAVersionTheDirectoryCannotReadIsDeadLetteredAndNotApplied() {
        String id = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        ActorTopic.send(id, unreadable, "org.paradiplomacy.actor.registered.v2", 1, """
                {"actorId": "%s", "kind": "city", "names": {"en": "Version two"}, "place": {"country": "CL"}}"""
                .formatted(id));
        String after = ActorTopic.known("After the unreadable one", "CL", "CL-VS");

        try (TopicProbe dlq = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.dlq.agreements-service.directory")) {
            ConsumerRecord<String, String> letter = dlq.awaitRecordsWithKeys(List.of(id), 1).getFirst();
            assertThat(new String(letter.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8))
                    .contains("actor.registered at version 2 cannot be read");
        }
        given().when().get("/api/v1/directory/actors/" + after).then().statusCode(200);
        given().when().get("/api/v1/directory/actors/" + id).then().statusCode(404);

        // Not recorded as processed: the same actor's readable registration still applies.
        ActorTopic.registered(id, "Version one", "CL", "CL-VS");
        ActorTopic.awaitKnown(id);
    }

    @Test
    void aRegistrationRepublishedAfterALaterEventFillsInWhatThatEventDidNotSay() {
        String id = UUID.randomUUID().toString();
        ActorTopic.send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.renamed.v1", 2, """
                {"actorId": "%s", "names": {"en": "Concepción (renamed)"}, "effectiveOn": "2020-01-01"}"""
                .formatted(id));
        ActorTopic.awaitKnown(id);
        given().when().get("/api/v1/directory/actors/" + id).then().body("country", nullValue());

        ActorTopic.registered(id, "Concepción", "CL", "CL-BI");

        await().atMost(Duration.ofSeconds(60)).until(() -> "CL".equals(given().when()
                .get("/api/v1/directory/actors/" + id).then().extract().path("country")));
        given().when().get("/api/v1/directory/actors/" + id).then().body("kind", equalTo("city"))
                .body("subdivision", equalTo("CL-BI")).body("name", equalTo("Concepción (renamed)"))
                .body("version", equalTo(2));
    }

    @Test
    void aRenamingAndARetirementOfVersionTwoDatedToTheirSourcesPrecisionAreApplied() {
        String id = ActorTopic.known("Concepción", "CL", "CL-BI");
        ActorTopic.send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.renamed.v2", 2, """
                {"actorId": "%s", "names": {"en": "Gran Concepción"}, "effectiveOn": "2020",
                 "sources": [{"title": "Decreto"}]}""".formatted(id));
        ActorTopic.send(id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.retired.v2", 3, """
                {"actorId": "%s", "reason": "dissolved", "effectiveOn": "2021-05"}""".formatted(id));

        await().atMost(Duration.ofSeconds(60)).until(() -> given().when().get("/api/v1/directory/actors/" + id)
                .then().extract().<Integer>path("version") == 3);
        given().when().get("/api/v1/directory/actors/" + id).then().body("name", equalTo("Gran Concepción"))
                .body("retired", equalTo(true));
    }
}

package org.paradiplomacy.actors.actor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.actors.actor.api.Actors.city;
import static org.paradiplomacy.actors.actor.api.Actors.command;
import static org.paradiplomacy.actors.actor.api.Actors.network;
import static org.paradiplomacy.actors.actor.api.Actors.register;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/** Sources on actor records and dates at the precision of their source, through the API and onto the topic. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class ActorProvenanceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SOURCE = "{\"title\": \"Wuhan city profile\", \"url\": \"https://www.wuhan.gov.cn/zjwh/\","
            + " \"publishedOn\": \"2019-05\", \"language\": \"zh\"}";

    @Test
    void anActorWithoutSourcesIsUnsourcedAndOneWithASourceIsSourced() {
        String unsourced = city("Xiangyang", "CN", "CN-HB");
        given().when().get("/api/v1/actors/" + unsourced).then().statusCode(200)
                .body("sourced", equalTo(false)).body("sources", hasSize(0));

        String tag = UUID.randomUUID().toString();
        String sourced = register("{\"kind\": \"city\", \"names\": {\"en\": \"Yichang " + tag + "\"},"
                + " \"country\": \"CN\", \"sources\": [" + SOURCE + "]}")
                .statusCode(201).body("sourced", equalTo(true))
                .body("sources[0].title", equalTo("Wuhan city profile"))
                .body("sources[0].publishedOn", equalTo("2019-05")).extract().path("id");
        given().queryParam("q", "Yichang " + tag).when().get("/api/v1/actors").then()
                .body("items.id", contains(sourced)).body("items[0].sourced", equalTo(true))
                .body("items[0].sources[0].url", equalTo("https://www.wuhan.gov.cn/zjwh/"));
    }

    @Test
    void badSourcesAreRefusedNamingTheSourceAndNothingIsStored() {
        String id = city("Jingzhou", "CN", "CN-HB");
        String six = String.join(", ", Collections.nCopies(6, SOURCE));

        rename(id, "{\"names\": {\"en\": \"Jingzhou City\"}, \"effectiveOn\": \"2019\","
                + " \"sources\": [{\"publisher\": \"Xinhua\", \"language\": \"zh\"}]}")
                .statusCode(422).contentType(startsWith(PROBLEM)).body("errors.field", contains("sources[0]"))
                .body("errors[0].message", containsString("title or a url"));
        rename(id, "{\"names\": {\"en\": \"Jingzhou City\"}, \"effectiveOn\": \"2019\","
                + " \"sources\": [{\"title\": \"List\", \"url\": \"ftp://jingzhou.gov.cn/list\"}]}")
                .statusCode(422).body("errors.field", contains("sources[0].url"));
        rename(id, "{\"names\": {\"en\": \"Jingzhou City\"}, \"effectiveOn\": \"2019\", \"sources\": [" + six + "]}")
                .statusCode(422).body("errors.field", contains("sources"))
                .body("errors[0].message", containsString("at most 5 sources"));
        command(id, "aliases", "{\"alias\": \"Kiangling\", \"sources\": [{\"url\": \"ftp://x.org/a\"}]}")
                .statusCode(422).body("errors.field", contains("sources[0].url"));

        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"1\"")
                .body("names.en", equalTo("Jingzhou")).body("aliases", hasSize(0)).body("sourced", equalTo(false));
        given().when().get("/api/v1/actors/" + id + "/events").then().body("type", contains("ActorRegistered"));
    }

    @Test
    void aDateInAnotherFormIsRefusedWith400NamingIt() {
        String uclg = network("UCLG " + UUID.randomUUID());
        String id = city("Shiyan", "CN", "CN-HB");

        for (String since : List.of("2019-13", "20/11/2026", "2019-02-30")) {
            join(id, "{\"networkId\": \"" + uclg + "\", \"since\": \"" + since + "\"}")
                    .statusCode(400).contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("since"))
                    .body("errors[0].message", containsString("YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"1\"").body("memberships", hasSize(0));
    }

    @Test
    void aYearRoundTripsAsAYearThroughTheResponseTheHistoryAndTheTopic() {
        String uclg = network("UCLG " + UUID.randomUUID());
        String id = city("Huangshi", "CN", "CN-HB");

        join(id, "{\"networkId\": \"" + uclg + "\", \"since\": \"2019\", \"sources\": [" + SOURCE + "]}")
                .statusCode(200).body("memberships[0].since", equalTo("2019"))
                .body("memberships[0].sourced", equalTo(true))
                .body("memberships[0].sources[0].title", equalTo("Wuhan city profile"))
                .body("sources[0].title", equalTo("Wuhan city profile"));
        given().when().get("/api/v1/actors/" + id + "/events").then().statusCode(200)
                .body("[1].cloudEventType", equalTo("org.paradiplomacy.actor.network-membership-started.v2"))
                .body("[1].data.since", equalTo("2019"))
                .body("[1].data.sources[0].publishedOn", equalTo("2019-05"));
        given().queryParam("network", uclg).when().get("/api/v1/actors").then()
                .body("items.id", contains(id)).body("items[0].memberships[0].since", equalTo("2019"));

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.actors.v1")) {
            ConsumerRecord<String, String> joined = topic.awaitRecordsWithKeys(List.of(id), 2).getLast();
            assertThat(header(joined, "ce_type")).isEqualTo("org.paradiplomacy.actor.network-membership-started.v2");
            assertThat(joined.value()).contains("\"since\": \"2019\"", "\"title\": \"Wuhan city profile\"");
        }
    }

    @Test
    void anEndMayFallInTheYearOfTheStartButNotWhollyBeforeIt() {
        String uclg = network("UCLG " + UUID.randomUUID());
        String id = city("Ezhou", "CN", "CN-HB");
        join(id, "{\"networkId\": \"" + uclg + "\", \"since\": \"2019-03-05\"}").statusCode(200);

        leave(id, uclg, "{\"until\": \"2018\"}").statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("until"))
                .body("errors[0].message", containsString("2019-03-05"));
        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"2\"");
        leave(id, uclg, "{\"until\": \"2019\"}").statusCode(200).header("ETag", "\"3\"")
                .body("memberships[0].since", equalTo("2019-03-05")).body("memberships[0].until", equalTo("2019"));
    }

    @Test
    void aPeriodThatHasBegunIsAcceptedOneWhollyInTheFutureIsNot() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String id = city("Xianning", "CN", "CN-HB");

        rename(id, "{\"names\": {\"en\": \"Xianning City\"}, \"effectiveOn\": \"" + (year + 1) + "\"}")
                .statusCode(422).body("errors.field", contains("effectiveOn"))
                .body("errors[0].message", equalTo("must not be in the future"));
        given().when().get("/api/v1/actors/" + id).then().header("ETag", "\"1\"");
        rename(id, "{\"names\": {\"en\": \"Xianning City\"}, \"effectiveOn\": \"" + year + "\"}")
                .statusCode(200).body("names.en", equalTo("Xianning City"));

        // Recorded within its year, the renaming counts from today, not from 31 December.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().queryParam("asOf", today.toString()).when().get("/api/v1/actors/" + id).then()
                .body("names.en", equalTo("Xianning City"));
        given().queryParam("asOf", today.minusDays(1).toString()).when().get("/api/v1/actors/" + id).then()
                .body("names.en", equalTo("Xianning"));
    }

    @Test
    void aChangeDatedToAPastYearCountsAsOfTheLastDayOfThatYear() {
        String heir = city("Suizhou", "CN", "CN-HB");
        String gone = city("Guangshui", "CN", "CN-HB");
        command(gone, "retirement", "{\"reason\": \"merged\", \"mergedInto\": \"" + heir + "\", \"effectiveOn\": \"2018\","
                + " \"sources\": [" + SOURCE + "]}")
                .statusCode(200).body("retirement.effectiveOn", equalTo("2018"))
                .body("retirement.sourced", equalTo(true)).body("sourced", equalTo(true));

        given().queryParam("asOf", "2018-12-30").when().get("/api/v1/actors/" + gone).then()
                .body("retirement", nullValue());
        given().queryParam("asOf", "2018-12-31").when().get("/api/v1/actors/" + gone).then()
                .body("retirement.reason", equalTo("merged"));
    }

    @Test
    void anAliasIsRemovedWithOrWithoutTheSourcesThatShowItWrong() {
        String id = city("Xiaogan", "CN", "CN-HB");
        command(id, "aliases", "{\"alias\": \"Hsiaokan\"}").statusCode(200);
        command(id, "aliases", "{\"alias\": \"Xiaokan\"}").statusCode(200);

        given().contentType(ContentType.JSON).body("{\"sources\": [{\"url\": \"ftp://x.org\"}]}")
                .when().delete("/api/v1/actors/" + id + "/aliases/Hsiaokan").then().statusCode(422)
                .body("errors.field", contains("sources[0].url"));
        given().contentType(ContentType.JSON).body("{\"sources\": [" + SOURCE + "]}")
                .when().delete("/api/v1/actors/" + id + "/aliases/Hsiaokan").then().statusCode(200)
                .body("aliases", contains("Xiaokan")).body("sourced", equalTo(true));
        given().when().delete("/api/v1/actors/" + id + "/aliases/Xiaokan").then().statusCode(200)
                .body("aliases", hasSize(0)).header("ETag", "\"5\"");
        given().when().get("/api/v1/actors/" + id + "/events").then()
                .body("[3].data.sources[0].title", equalTo("Wuhan city profile"));
    }

    private static ValidatableResponse rename(String id, String json) {
        return command(id, "renamings", json);
    }

    private static ValidatableResponse join(String id, String json) {
        return command(id, "memberships", json);
    }

    private static ValidatableResponse leave(String id, String network, String json) {
        return command(id, "memberships/" + network + "/end", json);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

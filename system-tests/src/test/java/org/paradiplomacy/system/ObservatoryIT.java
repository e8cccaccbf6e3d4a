package org.paradiplomacy.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole Observatory end to end: the three packaged services, a real broker and real databases, driven only
 * through their public APIs. A write's effect travels actors-service → Kafka → agreements-service's directory,
 * and both services' events → Kafka → analytics-service's statistics.
 */
class ObservatoryIT {

    private static Observatory observatory;
    private static ServiceProcess actors;
    private static ServiceProcess agreements;
    private static ServiceProcess analytics;

    @BeforeAll
    static void startTheObservatory() {
        observatory = Observatory.start("it");
        actors = observatory.actors();
        agreements = observatory.agreements();
        analytics = observatory.analytics();
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
    }

    private static ValidatableResponse post(ServiceProcess service, String path, String json) {
        return given().baseUri(service.url()).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static String register(String kind, String name, String country, String subdivision) {
        String id = post(actors, "/api/v1/actors", """
                {"kind": "%s", "names": {"en": "%s"}, "country": "%s", "subdivision": "%s"}"""
                .formatted(kind, name, country, subdivision)).statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(agreements.url())
                .when().get("/api/v1/directory/actors/" + id).then().extract().statusCode() == 200);
        return id;
    }

    @Test
    void anAgreementSignedThroughTheApisShowsInTheStatisticsOfBothRegions() {
        String wuhan = register("city", "Wuhan", "CN", "CN-HB");
        String concepcion = register("city", "Concepción", "CL", "CL-BI");

        post(agreements, "/api/v1/agreements", """
                {"kind": "sister-city", "title": "Wuhan–Concepción", "parties": ["%s", "%s"], "fields": ["culture"],
                 "signed": {"signedOn": "2016-04-07", "place": "Wuhan"}}""".formatted(wuhan, concepcion))
                .statusCode(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(analytics.url()).queryParam("asOf", "2020-01-01")
                .when().get("/api/v1/stats/region-pairs").then().extract().<List<Map<String, Object>>>path("$")
                .stream().anyMatch(p -> "CN-HB".equals(p.get("china")) && "CL".equals(p.get("counterpart"))));
        given().baseUri(analytics.url()).queryParam("level", "subdivision").queryParam("asOf", "2020-01-01")
                .when().get("/api/v1/stats/regions").then()
                .body("find { it.region == 'CL-BI' }.activeAgreements", equalTo(1))
                .body("find { it.region == 'CN-HB' }.agreementsByKind.'sister-city'", equalTo(1))
                .body("find { it.region == 'CN-HB' }.firstActivity", equalTo("2016-04-07"));
        given().baseUri(analytics.url()).queryParam("level", "subdivision").queryParam("asOf", "2016-04-06")
                .when().get("/api/v1/stats/regions").then()
                .body("find { it.region == 'CL-BI' }.activeAgreements", equalTo(0));
    }

    @Test
    void anAgreementSignedIn2019WithTwoSourcesIsCitedBehindEveryFigureItCountsIn() {
        String sichuan = register("province", "Sichuan", "CN", "CN-SC");
        String biobio = register("province", "Biobío", "CL", "CL-BI");

        String id = post(agreements, "/api/v1/agreements", """
                {"kind": "friendly-exchange", "title": "Sichuan–Biobío", "parties": ["%s", "%s"],
                 "signed": {"signedOn": "2019", "sources": [
                   {"title": "Sichuan and Biobío sign friendly ties", "url": "https://www.sc.gov.cn/news/2019", "language": "zh"},
                   {"title": "Biobío y Sichuan firman hermanamiento", "publishedOn": "2019-05"}]}}"""
                .formatted(sichuan, biobio)).statusCode(201)
                .body("signedOn", equalTo("2019")).body("sourced", equalTo(true)).body("sources.size()", equalTo(2))
                .extract().path("id");
        given().baseUri(agreements.url()).when().get("/api/v1/agreements/" + id + "/events").then()
                .body("cloudEventType", hasItem("org.paradiplomacy.agreement.signed.v2"))
                .body("find { it.type == 'AgreementSigned' }.data.parties.subdivision", hasItems("CN-SC", "CL-BI"))
                .body("find { it.type == 'AgreementSigned' }.data.sources.size()", equalTo(2));

        // Signed "in 2019" and recorded years later: it counts from 31 December 2019 (ADR 13), in the year 2019.
        String behindThePair = "/api/v1/stats/records?type=agreement&region=CN-SC&level=subdivision&counterpart=CL";
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(analytics.url())
                .when().get(behindThePair + "&asOf=2019-12-31").then().extract().<Integer>path("total") == 1);
        given().baseUri(analytics.url()).when().get(behindThePair + "&asOf=2019-12-31").then()
                .body("items[0].id", equalTo(id)).body("items[0].sources.title",
                        hasItems("Sichuan and Biobío sign friendly ties", "Biobío y Sichuan firman hermanamiento"))
                .body("items[0].steps.find { it.step == 'signed' }.date", equalTo("2019"))
                .body("items[0].steps.find { it.step == 'signed' }.precision", equalTo("year"));
        given().baseUri(analytics.url()).when().get(behindThePair + "&asOf=2019-12-30").then().body("total", equalTo(0));
        given().baseUri(analytics.url()).queryParam("asOf", "2019-12-30").when().get("/api/v1/stats/region-pairs")
                .then().body("find { it.china == 'CN-SC' && it.counterpart == 'CL' }", nullValue());
        int signedIn2019 = given().baseUri(analytics.url()).when().get("/api/v1/stats/years").then()
                .extract().path("find { it.year == 2019 }.agreementsSigned");
        given().baseUri(analytics.url()).when().get("/api/v1/stats/records?type=agreement&year=2019")
                .then().body("total", equalTo(signedIn2019)).body("items.id", hasItem(id));
    }

    @Test
    void anActorRetiredInActorsServiceCannotEnterNewEngagements() {
        String jilin = register("province", "Jilin", "CN", "CN-JL");
        String entreRios = register("province", "Entre Ríos", "AR", "AR-E");
        post(actors, "/api/v1/actors/" + entreRios + "/retirement", """
                {"reason": "dissolved", "effectiveOn": "2020-01-01"}""").statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(agreements.url())
                .when().get("/api/v1/directory/actors/" + entreRios).then().extract().<Boolean>path("retired"));
        post(agreements, "/api/v1/agreements", """
                {"kind": "cooperation", "title": "Jilin–Entre Ríos", "parties": ["%s", "%s"], "proposedOn": "2021-01-01"}"""
                .formatted(jilin, entreRios)).statusCode(422).body("errors[0].field", equalTo("parties[1]"))
                .body("errors[0].message", containsString("retired"));
    }

    @Test
    void twoAnalyticsReplicasSplitTheTopicsYetEachServesEveryChangeAndFollowsARebuild() {
        try (ServiceProcess second = ServiceProcess.replica("analytics-service", "observatory_analytics_it",
                observatory.bootstrapServers())) {
            String kunming = register("city", "Kunming", "CN", "CN-YN");
            String arequipa = register("city", "Arequipa", "PE", "PE-ARE");
            post(agreements, "/api/v1/agreements", """
                    {"kind": "friendly-exchange", "title": "Kunming–Arequipa", "parties": ["%s", "%s"],
                     "signed": {"signedOn": "2019-05-01"}}""".formatted(kunming, arequipa)).statusCode(201);
            for (ServiceProcess replica : List.of(analytics, second)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> pairs(replica).contains("CN-YN/PE"));
            }

            int rebuilt = given().baseUri(second.url()).when().post("/api/v1/admin/rebuild").then().statusCode(202)
                    .extract().path("generation");
            await().atMost(Duration.ofSeconds(120)).until(() -> given().baseUri(analytics.url())
                    .when().get("/api/v1/admin/rebuild").then().extract().<Integer>path("activeGeneration") == rebuilt);
            for (ServiceProcess replica : List.of(analytics, second)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> pairs(replica).contains("CN-YN/PE"));
            }
        }
    }

    @Test
    void twoRecordsOfOneCityMergedIntoOneMoveTheirAgreementsAndFiguresToTheSurvivor() {
        String guangzhou = register("city", "Guangzhou", "CN", "CN-GD");
        // Recorded again before duplicates were caught at the door: told apart on purpose to make the copy.
        String copy = post(actors, "/api/v1/actors", """
                {"kind": "city", "names": {"en": "Guangzhou"}, "country": "CN", "subdivision": "CN-GD",
                 "distinctFrom": ["%s"]}""".formatted(guangzhou)).statusCode(201).extract().path("id");
        String recife = register("city", "Recife", "BR", "BR-PE");
        String guayaquil = register("city", "Guayaquil", "EC", "EC-G");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(agreements.url())
                .when().get("/api/v1/directory/actors/" + copy).then().extract().statusCode() == 200);
        post(agreements, "/api/v1/agreements", """
                {"kind": "sister-city", "title": "Guangzhou–Recife", "parties": ["%s", "%s"],
                 "signed": {"signedOn": "2010-05"}}""".formatted(guangzhou, recife)).statusCode(201);
        post(agreements, "/api/v1/agreements", """
                {"kind": "sister-city", "title": "Guangzhou–Guayaquil", "parties": ["%s", "%s"],
                 "signed": {"signedOn": "2012-11-02"}}""".formatted(copy, guayaquil)).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> engagementsOf(copy) == 1 && engagementsOf(guangzhou) == 1);

        post(actors, "/api/v1/actors/" + copy + "/merge", """
                {"survivorId": "%s", "reason": "recorded twice"}""".formatted(guangzhou)).statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> engagementsOf(guangzhou) == 2 && engagementsOf(copy) == 0);
        given().baseUri(actors.url()).redirects().follow(false).when().get("/api/v1/actors/" + copy).then()
                .statusCode(308).header("Location", containsString("/api/v1/actors/" + guangzhou));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(agreements.url())
                .queryParam("actor", guangzhou).when().get("/api/v1/agreements").then()
                .extract().<List<String>>path("items.title").containsAll(
                        List.of("Guangzhou–Recife", "Guangzhou–Guayaquil")));
        given().baseUri(analytics.url()).queryParam("asOf", "2011-01-01").when().get("/api/v1/stats/actors/most-active")
                .then().body("find { it.actorId == '%s' }.engagements".formatted(guangzhou), equalTo(1));
    }

    /** The engagements analytics-service counts for an actor today (0 when it is not listed). */
    private static long engagementsOf(String actorId) {
        List<Map<String, Object>> rows = given().baseUri(analytics.url()).queryParam("limit", 100)
                .when().get("/api/v1/stats/actors/most-active").then().statusCode(200).extract().path("$");
        return rows.stream().filter(row -> actorId.equals(row.get("actorId")))
                .mapToLong(row -> ((Number) row.get("engagements")).longValue()).sum();
    }

    private static List<String> pairs(ServiceProcess replica) {
        List<Map<String, Object>> rows = given().baseUri(replica.url()).when().get("/api/v1/stats/region-pairs").then()
                .statusCode(200).extract().path("$");
        return rows.stream().map(row -> row.get("china") + "/" + row.get("counterpart")).toList();
    }
}

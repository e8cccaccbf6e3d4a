package org.paradiplomacy.actors.actor.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test helpers that call the actors API as a client would. */
final class Actors {

    private Actors() {
    }

    static ValidatableResponse register(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/v1/actors").then();
    }

    static String registered(String json) {
        return register(json).statusCode(201).extract().path("id");
    }

    static String city(String en, String country, String subdivision) {
        return registered("{\"kind\": \"city\", \"names\": {\"en\": \"" + en + "\"}, \"country\": \"" + country
                + "\", \"subdivision\": \"" + subdivision + "\"}");
    }

    static String network(String en) {
        return registered("{\"kind\": \"network\", \"names\": {\"en\": \"" + en + "\"}}");
    }

    static ValidatableResponse command(String id, String path, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/v1/actors/" + id + "/" + path).then();
    }
}

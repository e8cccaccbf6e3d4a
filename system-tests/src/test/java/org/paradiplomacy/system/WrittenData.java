package org.paradiplomacy.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the write services hold, read through their public APIs once the load has stopped: every actor and
 * agreement from the list endpoints, and every one's event history. The audits and the recount of the
 * statistics work from this alone.
 */
final class WrittenData {

    /** Actors by id, as actors-service lists them (retired ones included). */
    final Map<String, JsonNode> actors;
    /** Agreements by id, as agreements-service lists them. */
    final Map<String, JsonNode> agreements;
    /** Every listed stream's events, oldest first, from its history endpoint. */
    final Map<String, List<JsonNode>> histories;
    /** Listed records seen more than once in the lists (a paging or read-model defect). */
    final List<String> listedTwice;

    WrittenData(Map<String, JsonNode> actors, Map<String, JsonNode> agreements,
            Map<String, List<JsonNode>> histories, List<String> listedTwice) {
        this.actors = actors;
        this.agreements = agreements;
        this.histories = histories;
        this.listedTwice = listedTwice;
    }

    static WrittenData read(JsonApi api, String actorsUrl, String agreementsUrl) {
        List<String> listedTwice = new ArrayList<>();
        Map<String, JsonNode> actors = list(api, actorsUrl + "/api/v1/actors?includeRetired=true", listedTwice);
        Map<String, JsonNode> agreements = list(api, agreementsUrl + "/api/v1/agreements?", listedTwice);
        Map<String, List<JsonNode>> histories = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            actors.keySet().forEach(id -> reads.add(readers.submit(() ->
                    histories.put(id, history(api, actorsUrl + "/api/v1/actors/" + id + "/events")))));
            agreements.keySet().forEach(id -> reads.add(readers.submit(() ->
                    histories.put(id, history(api, agreementsUrl + "/api/v1/agreements/" + id + "/events")))));
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Reading the event histories failed", e);
        } finally {
            readers.shutdownNow();
        }
        return new WrittenData(actors, agreements, histories, listedTwice);
    }

    /** The event history of a stream that may not be listed (an acknowledged record missing from its list). */
    static List<JsonNode> history(JsonApi api, String url) {
        JsonNode events = api.get(url);
        List<JsonNode> history = new ArrayList<>();
        if (events != null) {
            events.forEach(history::add);
        }
        return history;
    }

    private static Map<String, JsonNode> list(JsonApi api, String url, List<String> listedTwice) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get(url + (url.endsWith("?") ? "" : "&") + "size=200&page=" + page);
            for (JsonNode item : answer.path("items")) {
                if (records.put(item.path("id").asText(), item) != null) {
                    listedTwice.add(item.path("id").asText());
                }
            }
            if (answer.path("items").isEmpty() || (page + 1) * 200L >= answer.path("total").asLong()) {
                return records;
            }
        }
    }
}

package org.paradiplomacy.analytics.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paradiplomacy.analytics.projection.LiveProjection;

/**
 * A statistic computed since the figures last changed is served again: dashboards asking the same question cost
 * one computation per change. The version is read before computing, so an entry is never older than what it
 * claims to reflect. The least recently used of more than {@value #CACHED_RESULTS} results are forgotten.
 */
final class ResultCache {

    private static final int CACHED_RESULTS = 256;

    private final LiveProjection projection;
    private final Map<List<Object>, Cached> cache = new LinkedHashMap<>(CACHED_RESULTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Cached> eldest) {
            return size() > CACHED_RESULTS;
        }
    };

    ResultCache(LiveProjection projection) {
        this.projection = projection;
    }

    @SuppressWarnings("unchecked")
    <T> T get(List<Object> key, Supplier<T> compute) {
        LiveProjection.Version version = projection.version();
        Cached hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null && hit.version().equals(version)) {
            return (T) hit.value();
        }
        T value = compute.get();
        synchronized (cache) {
            cache.put(key, new Cached(version, value));
        }
        return value;
    }

    private record Cached(LiveProjection.Version version, Object value) {
    }
}

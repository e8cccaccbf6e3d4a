package org.paradiplomacy.agreements.engagement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.paradiplomacy.agreements.engagement.EngagementFilter;
import org.paradiplomacy.agreements.engagement.EngagementService;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.eventsourcing.rest.ETags;
import org.paradiplomacy.eventsourcing.rest.HistoryItem;
import org.paradiplomacy.eventsourcing.rest.Versioned;

/**
 * The answers of the reads every engagement resource offers (a page of a list, one record now or as of a day,
 * its history), written once; each resource keeps its own path, operation and parameters.
 */
public final class EngagementReads {

    private EngagementReads() {
    }

    public static <S, M> Page<M> page(EngagementService<?, ?, S> service, EngagementFilter filter, int page, int size,
            Function<Recorded<S>, M> model) {
        var result = service.search(filter, page, size);
        return new Page<>(result.items().stream().map(model).toList(), page, size, result.total());
    }

    /** The record now, with its version as ETag; or as it stood on {@code asOf}, without one. */
    public static <S, M extends Versioned> RestResponse<M> get(EngagementService<?, ?, S> service, String id,
            LocalDate asOf, Function<Recorded<S>, M> model) {
        if (asOf != null) {
            return RestResponse.ok(model.apply(service.getAsOf(id, asOf)));
        }
        M current = model.apply(service.get(id));
        return RestResponse.ResponseBuilder.ok(current).tag(ETags.of(current.version())).build();
    }

    public static List<HistoryItem> history(EngagementService<?, ?, ?> service, String id) {
        return service.history(id).stream().map(HistoryItem::of).toList();
    }
}

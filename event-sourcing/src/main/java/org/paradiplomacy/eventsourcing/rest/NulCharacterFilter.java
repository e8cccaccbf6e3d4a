package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.paradiplomacy.eventsourcing.domain.FieldError;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text or JSON. A request that carries one, in its path,
 * a parameter, a header or its body, is refused here with a 400 naming where, instead of failing at commit.
 */
public class NulCharacterFilter {

    private static final char NUL = '\u0000';

    @ServerRequestFilter
    public Response refuseNul(ContainerRequestContext request) throws IOException {
        String where = null;
        if (request.getUriInfo().getPath().indexOf(NUL) >= 0) {
            where = "path";
        }
        where = where != null ? where : firstWithNul(request.getUriInfo().getQueryParameters());
        where = where != null ? where : firstWithNul(request.getHeaders());
        if (where == null && request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.indexOf(NUL) >= 0 || text.toLowerCase(Locale.ROOT).contains("\\u0000")) {
                where = "body";
            }
        }
        if (where == null) {
            return null;
        }
        String message = "contains the NUL character (U+0000), which cannot be stored";
        return Problem.of(ProblemType.MALFORMED_REQUEST, where + " " + message, request.getUriInfo().getPath(),
                List.of(new FieldError(where, message))).toResponse();
    }

    private static String firstWithNul(Map<String, List<String>> values) {
        return values.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(value -> value != null && value.indexOf(NUL) >= 0))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}

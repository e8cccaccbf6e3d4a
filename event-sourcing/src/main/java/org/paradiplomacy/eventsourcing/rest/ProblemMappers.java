package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.eventsourcing.store.ConcurrencyConflict;

/**
 * Turns every failure into RFC 9457 problem details, so no client ever sees a bare 500 or an HTML page: the
 * request's mistakes become 4xx answers naming the field at fault, and only real faults become 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response ruleViolated(RuleViolation e, UriInfo uri) {
        return Problem.of(ProblemType.RULE_VIOLATION, e.getMessage(), path(uri), e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflict e, UriInfo uri) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage(), path(uri), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return Problem.of(ProblemType.NOT_FOUND, e.getMessage(), path(uri), List.of()).toResponse();
    }

    /** A stale {@code If-Match} is a failed precondition (412); a race lost without one is a conflict (409). */
    @ServerExceptionMapper
    public Response versionConflict(ConcurrencyConflict e, UriInfo uri, HttpHeaders headers) {
        boolean conditional = headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        String detail = e.getMessage() + (conditional
                ? ": fetch the resource again and retry with its current ETag"
                : ": another change was recorded at the same time; retry");
        return Problem.of(conditional ? ProblemType.PRECONDITION_FAILED : ProblemType.VERSION_CONFLICT, detail,
                path(uri), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid");
        return Problem.of(ProblemType.INVALID_REQUEST, detail, path(uri), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            default -> status < 500 ? ProblemType.INVALID_REQUEST : ProblemType.INTERNAL_ERROR;
        };
        String detail = status >= 500 ? "The request could not be completed" : e.getMessage();
        List<FieldError> errors = e instanceof InvalidParameter invalid
                ? List.of(new FieldError(invalid.parameter(), invalid.reason())) : List.of();
        Problem problem = new Problem(type.uri(), type.title(), status, detail, path(uri), errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA).entity(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + path(uri), e);
        return Problem.of(ProblemType.INTERNAL_ERROR, "The request could not be completed; it has been logged",
                path(uri), List.of()).toResponse();
    }

    /** A body that is not JSON, or not JSON of the expected shape: 400, naming the field where it can. */
    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        JsonParseException parse = e instanceof JsonParseException direct ? direct
                : e.getCause() instanceof JsonParseException cause ? cause : null;
        if (parse != null) {
            String message = parse.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "");
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + message
                    + " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")",
                    path(uri), List.of()).toResponse();
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage(),
                    path(uri), List.of()).toResponse();
        }
        String message = switch (mapping) {
            case UnrecognizedPropertyException unknown -> "Unknown property '" + unknown.getPropertyName() + "'";
            case InvalidFormatException format ->
                    "Cannot read '" + format.getValue() + "' as " + format.getTargetType().getSimpleName();
            // A value type that refuses its text (a date of the wrong form) says what it accepts.
            case ValueInstantiationException refused when refused.getCause() instanceof IllegalArgumentException reason ->
                    reason.getMessage();
            default -> mapping.getOriginalMessage();
        };
        String field = pointer(mapping.getPath());
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, message));
        return Problem.of(ProblemType.MALFORMED_REQUEST, (field.isEmpty() ? "" : field + ": ") + message,
                path(uri), errors).toResponse();
    }

    /** A JSON path such as {@code names.en} or {@code parties[1]} from Jackson's reference chain. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * The field of a violated constraint as a client sees it: a path into the body (a resource method's body
     * parameter is named {@code body}) or the name of a query or header parameter.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    if ("body".equals(node.getName())) {
                        continue;
                    }
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

package org.paradiplomacy.eventsourcing.rest;

/** The kinds of problem the services report, each with its URI, title and status. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_REQUEST(400, "Invalid request"),
    UNAUTHORIZED(401, "Sign-in required"),
    FORBIDDEN(403, "Role required"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    VERSION_CONFLICT(409, "Version conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RULE_VIOLATION(422, "Rule violated"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:paradiplomacy:problem:" + name().toLowerCase().replace('_', '-');
    }
}

package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.BadRequestException;

/** A query, path or header parameter that cannot be read (answered 400 naming it). */
public class InvalidParameter extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}

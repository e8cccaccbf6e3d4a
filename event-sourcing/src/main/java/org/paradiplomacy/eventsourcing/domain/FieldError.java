package org.paradiplomacy.eventsourcing.domain;

/**
 * What is wrong with one field of a request: {@code field} is a JSON path such as {@code names.en} or
 * {@code parties[1]}, as a client would find it in the body it sent.
 */
public record FieldError(String field, String message) {
}

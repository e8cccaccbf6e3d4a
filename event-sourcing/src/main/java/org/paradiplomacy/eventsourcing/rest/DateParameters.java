package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads date parameters ({@code asOf=2015-01-01}) and answers a bad one (not a date, or outside the years 1 to
 * 9999) with 400 naming the parameter, where JAX-RS would answer a failed query parameter with 404.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    /**
     * The years a date parameter may name: four digits, as YYYY-MM-DD says, and well inside what PostgreSQL's
     * {@code date} holds (a year such as +5874898 would fail in the database, not here).
     */
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidParameter(name, "'" + value + "' is not a date (YYYY-MM-DD)");
                }
                if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                    throw new InvalidParameter(name, "'" + value + "' is outside the years " + MIN_YEAR + " to "
                            + MAX_YEAR + ", which are the dates this service can compare");
                }
                return date;
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "date";
    }
}

package org.paradiplomacy.eventsourcing.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Reads whole-number parameters ({@code page=2}, {@code size=50}) and answers a malformed one with 400 naming
 * the parameter, where JAX-RS would answer a query parameter it cannot convert with 404. Bounds stay with the
 * parameters' {@code @Min}/{@code @Max}.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Integer::valueOf, rawType.isPrimitive() ? 0 : null);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Long::valueOf, rawType.isPrimitive() ? 0L : null);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse, N absent) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null || value.isBlank()) {
                    return absent;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidParameter(name, "'" + value + "' is not a whole number");
                }
            }

            @Override
            public String toString(N value) {
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
        return "number";
    }
}

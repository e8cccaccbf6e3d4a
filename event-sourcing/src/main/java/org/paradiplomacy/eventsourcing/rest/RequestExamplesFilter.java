package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every request body without an example one composed from its properties' own examples, so each command in
 * the OpenAPI documents shows a whole request (and generated clients and "try it out" start from one) without the
 * examples being written twice, once per property and once per body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestExamplesFilter implements OASFilter {

    private static final int DEPTH = 4;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || openAPI.getComponents() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                Schema schema = resolve(media.getSchema(), components);
                if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                        && schema != null && schema.getExamples() == null) {
                    Object example = example(schema, components, DEPTH);
                    if (example instanceof Map<?, ?> object && !object.isEmpty()) {
                        media.setExample(example);
                    }
                }
            }
        }));
    }

    /** An example of a schema: its own, else one built from its properties' (objects) or items' (arrays). */
    private static Object example(Schema schema, Map<String, Schema> components, int depth) {
        if (schema == null || depth == 0) {
            return null;
        }
        List<Object> examples = schema.getExamples();
        if (examples != null && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = example(resolve(property, components), components, depth - 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object.isEmpty() ? null : object;
        }
        if (schema.getItems() != null) {
            Object item = example(resolve(schema.getItems(), components), components, depth - 1);
            return item == null ? null : List.of(item);
        }
        return null;
    }

    private static Schema resolve(Schema schema, Map<String, Schema> components) {
        if (schema != null && schema.getRef() != null && components != null) {
            return components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }
}

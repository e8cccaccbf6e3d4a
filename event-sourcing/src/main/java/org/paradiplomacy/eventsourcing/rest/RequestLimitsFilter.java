package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the request limits the annotations cannot say by themselves: the longest item of a list of texts
 * (a property marks it with the {@value #ITEM_MAX_LENGTH} extension, turned here into its items' maxLength), and
 * the 413 answer of every command to a body larger than the service accepts ({@link BodySizeLimit}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestLimitsFilter implements OASFilter {

    /** On an array property: the maxLength of each of its items. */
    public static final String ITEM_MAX_LENGTH = "x-item-max-length";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(RequestLimitsFilter::itemLengths);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String limit = BodySizeLimit.readable(ConfigProvider.getConfig()
                .getOptionalValue(BodySizeLimit.PROPERTY, MemorySize.class).map(MemorySize::asLongValue)
                .orElse(BodySizeLimit.DEFAULT));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/") && method != PathItem.HttpMethod.GET && operation.getRequestBody() != null
                    && operation.getResponses() != null && !operation.getResponses().hasAPIResponse("413")) {
                operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse()
                        .description("The body is larger than the " + limit + " this service accepts; it is refused"
                                + " before it is read, and no command needs that much")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/Problem")))));
            }
        }));
    }

    private static void itemLengths(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        for (Schema property : properties.values()) {
            Object length = property.getExtensions() == null ? null : property.getExtensions().get(ITEM_MAX_LENGTH);
            if (length != null) {
                property.removeExtension(ITEM_MAX_LENGTH);
                if (property.getItems() != null) {
                    property.getItems().setMaxLength(Integer.valueOf(length.toString()));
                }
            }
        }
    }
}

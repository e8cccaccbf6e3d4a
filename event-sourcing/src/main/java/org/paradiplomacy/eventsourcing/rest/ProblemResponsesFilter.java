package org.paradiplomacy.eventsourcing.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the problem-details answers it can give, so the OpenAPI documents say what each
 * error looks like without every resource method repeating it; an error response documented elsewhere without a
 * body (such as SmallRye's automatic 400) gets the problem body too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean command = method != PathItem.HttpMethod.GET;
            boolean oneResource = path.contains("{");
            boolean hasInput = command || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (hasInput) {
                add(operation, "400", "Malformed or invalid request: bad JSON, an unknown property, a value of the"
                        + " wrong type or a missing body; `errors` names each field");
            }
            if (oneResource) {
                add(operation, "404", "Nothing is recorded under this id");
            }
            if (command) {
                add(operation, "409", "The command conflicts with the current state (for example the actor is"
                        + " retired), or another change won a race; retry");
                add(operation, "412", "If-Match names a version that is no longer current; fetch it again");
                add(operation, "415", "The body is not application/json");
                add(operation, "422", "A rule is broken (unknown code, date in the future, ...); `errors` names each field");
            }
            add(operation, "500", "An unexpected fault; it has been logged");
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.compareTo("400") >= 0 && response.getContent() == null) {
                    response.content(problemContent());
                }
            });
        }));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field at fault")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A path into the request body (names.en, parties[1]) or a parameter's name")
                        .addExample("names.en"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it").addExample("is required"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: what went wrong, and where")
                .addProperty("type", text.description("A URI naming the kind of problem")
                        .addExample("urn:paradiplomacy:problem:rule-violation"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A short summary of the kind of problem").addExample("Rule violated"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status").addExample(422))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong this time").addExample("names.en: is required"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request path").addExample("/api/v1/actors"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Each field at fault"));
    }

    private static void add(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}

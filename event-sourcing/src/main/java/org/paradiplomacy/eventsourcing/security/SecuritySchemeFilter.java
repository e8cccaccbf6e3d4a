package org.paradiplomacy.eventsourcing.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents sign-in in every OpenAPI document: the {@code bearer} security scheme (a JWT from the identity
 * provider), and on each protected operation (every command under {@code /api/}, everything under
 * {@code /api/v1/admin/}) the requirement, the role it needs and its 401 and 403 problem answers, so Swagger UI can
 * authorise. The per-service access tests check that the services protect exactly what this says.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecuritySchemeFilter implements OASFilter {

    public static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the identity provider (realm observatory), with the role the"
                        + " operation names: editor for every change of records, admin for administration."
                        + " Locally: ./observatory token editor (or admin). Reads are public unless the deployment"
                        + " sets observatory.security.reads-require-reader=true, which requires the role reader"
                        + " on every GET of /api/**."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String role = requiredRole(path, method);
            if (role != null) {
                protect(operation, role);
            }
        }));
    }

    /** The role an operation needs, or null for a public read. */
    public static String requiredRole(String path, PathItem.HttpMethod method) {
        if (path.startsWith("/api/v1/admin/")) {
            return Roles.ADMIN;
        }
        if (path.startsWith("/api/") && method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS) {
            return Roles.EDITOR;
        }
        return null;
    }

    private static void protect(Operation operation, String role) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        String note = "Requires a bearer token with the role " + role + ".";
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? note
                : operation.getDescription().contains(note) ? operation.getDescription()
                : operation.getDescription() + "\n\n" + note);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().addAPIResponse("401", response("No bearer token, or one that is expired, malformed"
                + " or not signed by the identity provider (with WWW-Authenticate: Bearer)"));
        operation.getResponses().addAPIResponse("403", response("The bearer token lacks the role " + role));
    }

    private static APIResponse response(String description) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}

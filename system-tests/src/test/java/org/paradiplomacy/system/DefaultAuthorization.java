package org.paradiplomacy.system;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * What the system tests send unless they say otherwise: {@code Authorization: Bearer <admin token>} of this JVM's
 * {@link KeycloakServer}, a token fetched (or renewed, near its expiry) at each request. A request that carries an
 * Authorization header of its own keeps it.
 */
final class DefaultAuthorization implements Filter {

    private final KeycloakServer identityProvider;

    private DefaultAuthorization(KeycloakServer identityProvider) {
        this.identityProvider = identityProvider;
    }

    /** Makes every RestAssured request of this JVM carry the admin token by default. */
    static synchronized void install(KeycloakServer identityProvider) {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addFilter(new DefaultAuthorization(identityProvider)).build();
        // For an importer or a demo loader that a test runs in this JVM: the loader client's sign-in.
        System.setProperty("observatory.oidc.issuer", identityProvider.issuer());
        System.setProperty("observatory.client.id", KeycloakServer.LOADER_CLIENT);
        System.setProperty("observatory.client.secret", KeycloakServer.LOADER_SECRET);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", identityProvider.adminAuthorization());
        }
        return context.next(request, response);
    }
}

package org.paradiplomacy.actors.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paradiplomacy.actors.reference.RegionCatalog.Country;
import org.paradiplomacy.actors.reference.RegionCatalog.M49Region;
import org.paradiplomacy.actors.reference.RegionCatalog.Subdivision;
import org.paradiplomacy.eventsourcing.rest.InvalidParameter;

/**
 * The code tables actors are placed with, so that clients (the bulk importer, forms) resolve names to the same
 * ISO 3166 and UN M49 codes this service checks against.
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "ISO 3166-1 countries, ISO 3166-2 subdivisions and UN M49 regions")
public class ReferenceResource {

    private final RegionCatalog catalog;

    public ReferenceResource(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/countries")
    @Operation(operationId = "listCountries", summary = "Countries",
            description = "Every ISO 3166-1 country with its English name and UN M49 region, sub-region and intermediate region.")
    public List<Country> countries() {
        return catalog.countries();
    }

    @GET
    @Path("/subdivisions")
    @Operation(operationId = "listSubdivisions", summary = "Subdivisions",
            description = "ISO 3166-2 subdivisions with their names, of one country or of all.")
    public List<Subdivision> subdivisions(
            @Parameter(description = "Only this ISO 3166-1 country's", example = "CN") @QueryParam("country") String country) {
        if (country != null && !catalog.isCountry(country)) {
            throw new InvalidParameter("country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return catalog.subdivisions().stream().filter(s -> country == null || s.country().equals(country)).toList();
    }

    @GET
    @Path("/m49-regions")
    @Operation(operationId = "listM49Regions", summary = "UN M49 regions",
            description = "The UN M49 regions, sub-regions and intermediate regions.")
    public List<M49Region> m49Regions() {
        return catalog.m49Regions();
    }
}

package org.chuanyu.parks.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The park registry: parks are scoped records (province, district, optional joint zone). */
@Path("/api/parks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "Parks, their details, area history and designations")
public class ParkResource {

    @Inject
    ParkRegistry registry;

    @GET
    @Operation(operationId = "listParks",
            summary = "List parks", description = "Parks the caller may read, ordered by code, with filters and "
            + "keyset pagination. A district clerk sees its districts and joint zones; a province-admin its province "
            + "and the joint zones that include it; a cross-province-admin everything.")
    @APIResponse(responseCode = "200", description = "One page of parks")
    @APIResponse(responseCode = "400", description = "An invalid filter, limit or cursor")
    public Page<ParkView> list(@BeanParam ParkFilter filter,
                               @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
                               @QueryParam("limit") @Parameter(description = "Page size, 1–500 (default 50)") String limit) {
        return registry.list(filter, cursor, QueryParameters.wholeNumber("limit", limit));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getPark",
            summary = "Get a park", description = "The park with its boundary; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The park",
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    public Response get(@PathParam("code") String code) {
        ParkView park = registry.get(code);
        return Response.ok(park).tag(etag(park)).build();
    }

    @POST
    @Operation(operationId = "createPark",
            summary = "Register a park", description = "Creates a park in a district or joint zone the caller may "
            + "write. The province follows from the district.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may not create parks in that scope")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(ParkDraft draft) {
        ParkView park = registry.create(draft);
        return Response.created(URI.create("/api/parks/" + park.code())).entity(park).tag(etag(park)).build();
    }

    @PUT
    @Path("{code}")
    @Operation(operationId = "updatePark",
            summary = "Replace a park's details", description = "Needs If-Match with the park's ETag. The park "
            + "may not be moved into or out of a scope the caller cannot write.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the park, or not move it there")
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("code") String code,
                           @HeaderParam("If-Match") @Parameter(description = "The park's ETag") String ifMatch,
                           ParkDraft draft) {
        ParkView park = registry.update(code, draft, ifMatch);
        return Response.ok(park).tag(etag(park)).build();
    }

    private static jakarta.ws.rs.core.EntityTag etag(ParkView park) {
        return jakarta.ws.rs.core.EntityTag.valueOf(ETags.of(park.version()));
    }
}

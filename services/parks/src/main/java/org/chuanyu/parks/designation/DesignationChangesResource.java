package org.chuanyu.parks.designation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/parks/designation-changes}: the designation changes of every park the caller reads. */
@Path("/api/parks/designation-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks")
public class DesignationChangesResource {

    @Inject
    DesignationDesk desk;
    @Inject
    PageLimits limits;

    @GET
    @Operation(operationId = "listDesignationChanges",
            summary = "Designation changes across parks", description = "The designation changes of every park the "
            + "caller may read, newest first, each with its park's code and name; status=PENDING is what waits for "
            + "the provinces' approval (awaiting names who is still to approve). Approve with POST "
            + "/api/parks/{code}/designation-changes/{id}/approvals, reject with …/rejection.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first")
    @APIResponse(responseCode = "400", description = "An unknown status, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<DesignationViews.ParkChange> list(
            @QueryParam("status") @Parameter(description = "Only changes in this state", example = "PENDING",
                    schema = @Schema(implementation = DesignationChange.Status.class)) String status,
            @QueryParam("limit") @Parameter(description = "Page size, 1–500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return desk.changesAcrossParks(status, limits.request(cursor, limit));
    }
}

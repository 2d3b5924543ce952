package org.chuanyu.commonhandling.assignment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Several sides of several cases assigned at once: all, or none. */
@Path("/api/common-handling/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class AssignmentBatchResource {

    @Inject
    AssignmentDesk desk;

    @POST
    @Operation(operationId = "assignCases", summary = "Assign sides of several cases at once",
            description = "1 to 100 assignments, each checked as PUT …/cases/{number}/assignee checks it (its version "
                    + "standing for If-Match when given). All are made, or none: the first refused one answers for the "
                    + "batch, naming its place (assignments[i]).")
    @APIResponse(responseCode = "200", description = "All made", content = @Content(schema = @Schema(implementation =
            AssignmentApi.Result.class)))
    @APIResponse(responseCode = "400", description = "The batch is empty, too long or malformed, or an assignee is not "
            + "a clerk whose districts cover the side")
    @APIResponse(responseCode = "403", description = "An assignment the caller may not make")
    @APIResponse(responseCode = "404", description = "A case that does not exist or lies outside the caller's scope")
    @APIResponse(responseCode = "409", description = "A clerk would take a side another clerk has")
    @APIResponse(responseCode = "412", description = "A case changed since the version given")
    @APIResponse(responseCode = "503", description = "Keycloak cannot say now who may be assigned")
    public AssignmentApi.Result assignAll(AssignmentApi.Batch batch) {
        return desk.assignAll(batch);
    }
}

package org.chuanyu.commonhandling.assignment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.commonhandling.cases.CaseApi;
import org.chuanyu.jurisdiction.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who has each side of a case: a clerk takes it or gives it back, a province-admin assigns it. */
@Path("/api/common-handling/cases/{number}/assignee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class AssignmentResource {

    @Inject
    AssignmentDesk desk;

    @PUT
    @Operation(operationId = "assignCase", summary = "Assign one side of a case",
            description = "A clerk of the side takes an unassigned case (assignee: itself) or gives its own back "
                    + "(assignee: null); a province-admin of the side assigns it to any clerk whose districts cover it, "
                    + "as Keycloak reports that clerk's rights now, or to nobody. If-Match required. On the timeline.")
    @APIResponse(responseCode = "200", description = "Done; the case as it now stands",
            content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "400", description = "No side, a malformed assignee, or one who is not a clerk whose "
            + "districts cover the side")
    @APIResponse(responseCode = "403", description = "The caller does not act on that side, or a clerk would assign "
            + "someone else or give back another's case")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "A clerk would take a side another clerk has")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "Keycloak cannot say now who may be assigned")
    public Response assign(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           AssignmentApi.Change change) {
        CaseApi.View v = desk.assign(number, change, ifMatch);
        return Response.ok(v).tag(EntityTag.valueOf(ETags.of(v.version()))).build();
    }
}

package org.chuanyu.commonhandling.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Extending a case's decision deadline once (延期, 行政许可法 art. 42). */
@Path("/api/common-handling/cases/{number}/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class ExtensionResource {

    @Inject
    ClockStopDesk desk;

    @POST
    @Operation(operationId = "requestCaseExtension", summary = "Ask to extend the decision deadline",
            description = "By the handling side while the decision is pending: once per case (a rejected request may be "
                    + "asked again), by 1 to 10 working days, with a written reason. Takes effect when a province-admin "
                    + "of the handling province approves it. On the timeline.")
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(schema = @Schema(implementation =
            ClockStopApi.ExtensionView.class)))
    @APIResponse(responseCode = "400", description = "Working days outside 1 to 10, or no reason")
    @APIResponse(responseCode = "403", description = "The caller is not on the case's handling side")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "No decision is pending, or an extension was asked for or granted")
    public Response request(@PathParam("number") String number, ClockStopApi.RequestExtension request) {
        ClockStopApi.ExtensionView e = desk.requestExtension(number, request);
        return Response.created(URI.create("/api/common-handling/cases/" + number + "/extensions/" + e.id()))
                .entity(e).build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(operationId = "decideCaseExtension", summary = "Approve or reject an extension",
            description = "By a province-admin of the handling province. Approved, the decision deadline is counted "
                    + "again with the extra working days, and the case's warning light follows. On the timeline.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation =
            ClockStopApi.ExtensionView.class)))
    @APIResponse(responseCode = "400", description = "approve is missing")
    @APIResponse(responseCode = "403", description = "The caller is not a province-admin of the handling province")
    @APIResponse(responseCode = "404", description = "No such case or extension, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Already decided, or no decision is pending any more")
    public ClockStopApi.ExtensionView decide(@PathParam("number") String number,
                                             @PathParam("id") @Parameter(description = "The extension's id", example = "7") String id,
                                             ClockStopApi.DecideExtension request) {
        return desk.decideExtension(number, id, request);
    }
}

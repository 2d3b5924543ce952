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

/** Special procedures (行政许可法 art. 45): the decision's clock stands still while one runs. */
@Path("/api/common-handling/cases/{number}/special-procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class SpecialProcedureResource {

    @Inject
    ClockStopDesk desk;

    @POST
    @Operation(operationId = "startSpecialProcedure", summary = "Start a special procedure",
            description = "By the handling side during review: hearing, inspection, testing, quarantine, appraisal or "
                    + "expert review. The decision's clock stands still from today until the procedure ends; no decision "
                    + "is made meanwhile. On the timeline.")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation =
            ClockStopApi.Procedure.class)))
    @APIResponse(responseCode = "400", description = "No kind, or no reason")
    @APIResponse(responseCode = "403", description = "The caller is not on the case's handling side")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The case is not in review, or a procedure already runs")
    public Response start(@PathParam("number") String number, ClockStopApi.StartProcedure request) {
        ClockStopApi.Procedure p = desk.startProcedure(number, request);
        return Response.created(URI.create("/api/common-handling/cases/" + number + "/special-procedures/" + p.id()))
                .entity(p).build();
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endSpecialProcedure", summary = "End a special procedure",
            description = "By the handling side. Today is its last day; the decision's deadline moves by the working "
                    + "days it ran. On the timeline.")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation =
            ClockStopApi.Procedure.class)))
    @APIResponse(responseCode = "403", description = "The caller is not on the case's handling side")
    @APIResponse(responseCode = "404", description = "No such case or procedure, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The procedure has ended already")
    public ClockStopApi.Procedure end(@PathParam("number") String number,
                                      @PathParam("id") @Parameter(description = "The procedure's id", example = "7") String id) {
        return desk.endProcedure(number, id);
    }
}

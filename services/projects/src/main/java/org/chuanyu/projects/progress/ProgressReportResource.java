package org.chuanyu.projects.progress;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Progress reports (周调度 / monthly) of a project. */
@Path("/api/projects/{code}/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
public class ProgressReportResource {

    @Inject
    ProgressDesk desk;

    @POST
    @Operation(operationId = "fileProgressReport",
            summary = "File a progress report", description = "Investment completed in a period. Reports are never "
            + "edited: a correction is a new report naming the one it corrects (same period), which stops counting. "
            + "The project's completed investment is the sum of the reports that count, and no declared cumulative "
            + "total may exceed it.")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the project")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The corrected report was already corrected")
    @APIResponse(responseCode = "422", description = "The cumulative total would exceed what was reported")
    public Response file(@PathParam("code") String code, ProgressReportDraft draft) {
        ProgressReportView report = desk.file(code, draft);
        return Response.created(URI.create("/api/projects/" + code + "/progress-reports/" + report.id())).entity(report).build();
    }

    @GET
    @Operation(operationId = "listProgressReports",
            summary = "A project's progress reports", description = "Every report, oldest first; corrected ones "
            + "show counts=false.")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    public List<ProgressReportView> list(@PathParam("code") String code) {
        return desk.ofProject(code);
    }
}

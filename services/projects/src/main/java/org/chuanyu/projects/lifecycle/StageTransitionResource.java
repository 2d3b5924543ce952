package org.chuanyu.projects.lifecycle;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.projects.registry.ProjectResource;
import org.chuanyu.projects.registry.ProjectView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A project's stage lifecycle: 招引 → 签约 → 开工 → 竣工 → 投产 → 达效, plus suspension and cancellation. */
@Path("/api/projects/{code}/stage-transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project lifecycle")
public class StageTransitionResource {

    @Inject
    ProjectLifecycle lifecycle;

    @POST
    @Operation(operationId = "transitionProjectStage",
            summary = "Move a project to another stage", description = "Forward only. Skipping a stage, suspending "
            + "and cancelling need a reason. A suspended project resumes at the stage it was suspended in or later. "
            + "The actual date of the new stage is set from `on`. Needs If-Match with the project's ETag.")
    @APIResponse(responseCode = "200", description = "The project after the transition",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason, a date in the future, or an invalid body")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the project")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Backwards, or the project is cancelled")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("code") String code,
                               @HeaderParam("If-Match") @Parameter(description = "The project's ETag") String ifMatch,
                               StageTransitionRequest request) {
        ProjectView project = lifecycle.transition(code, request, ifMatch);
        return Response.ok(project).tag(ProjectResource.etag(project.version())).build();
    }

    @GET
    @Operation(operationId = "listStageTransitions",
            summary = "A project's stage history", description = "Every transition, oldest first.")
    @APIResponse(responseCode = "200", description = "The transitions")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    public List<StageTransitionView> history(@PathParam("code") String code) {
        return lifecycle.history(code);
    }
}

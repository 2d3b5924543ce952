package org.chuanyu.projects.registry;

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
import jakarta.ws.rs.core.EntityTag;
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

/** The project registry: projects are scoped records whose scope is their destination park's. */
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Investment and industrial-transfer projects")
public class ProjectResource {

    @Inject
    ProjectRegistry registry;

    @GET
    @Operation(operationId = "listProjects",
            summary = "List projects", description = "Projects the caller may read, ordered by code, with filters "
            + "and keyset pagination. A district clerk sees its districts and joint zones; a province-admin its "
            + "province and the joint zones that include it; a cross-province-admin everything.")
    @APIResponse(responseCode = "200", description = "One page of projects")
    @APIResponse(responseCode = "400", description = "An invalid filter, limit or cursor")
    public Page<ProjectView> list(@BeanParam ProjectFilter filter,
                                  @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
                                  @QueryParam("limit") @Parameter(description = "Page size, 1–500 (default 50)") String limit) {
        return registry.list(filter, cursor, QueryParameters.wholeNumber("limit", limit));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getProject",
            summary = "Get a project", description = "The project; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    public Response get(@PathParam("code") String code) {
        ProjectView project = registry.get(code);
        return Response.ok(project).tag(etag(project.version())).build();
    }

    @POST
    @Operation(operationId = "createProject",
            summary = "Register a project", description = "Creates a project in a park the caller can see in the "
            + "parks service (asked with the caller's own token); the project takes the park's province, district "
            + "and joint zone, and the caller must be able to write there.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may not create projects in the park's scope")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "parkCode names a park the caller cannot see")
    @APIResponse(responseCode = "503", description = "The parks service cannot be asked; nothing was stored")
    public Response create(ProjectDraft draft) {
        ProjectView project = registry.create(draft);
        return Response.created(URI.create("/api/projects/" + project.code())).entity(project)
                .tag(etag(project.version())).build();
    }

    @PUT
    @Path("{code}")
    @Operation(operationId = "updateProject",
            summary = "Replace a project's details", description = "Needs If-Match with the project's ETag. Stage "
            + "and actual dates change only through stage transitions, completed investment only through progress "
            + "reports. A project may not be moved into or out of a scope the caller cannot write.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the project, or not move it there")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "parkCode names a park the caller cannot see")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "The parks service cannot be asked; nothing was changed")
    public Response update(@PathParam("code") String code,
                           @HeaderParam("If-Match") @Parameter(description = "The project's ETag") String ifMatch,
                           ProjectDraft draft) {
        ProjectView project = registry.update(code, draft, ifMatch);
        return Response.ok(project).tag(etag(project.version())).build();
    }

    public static EntityTag etag(long version) {
        return EntityTag.valueOf(ETags.of(version));
    }
}

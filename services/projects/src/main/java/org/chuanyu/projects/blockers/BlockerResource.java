package org.chuanyu.projects.blockers;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** A project's blockers (问题): raised with a deadline, resolved with a resolution. */
@Path("/api/projects/{code}/blockers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Blockers")
public class BlockerResource {

    @Inject
    BlockerDesk desk;

    @POST
    @Operation(operationId = "raiseBlocker",
            summary = "Raise a blocker", description = "SMALL blockers are due by the end of the next working day "
            + "(weekends and public holidays excluded, make-up working days included, from the platform's calendar); "
            + "BIG blockers within 7 calendar days. When the calendar is unavailable the deadline is counted on "
            + "weekends alone and marked dueProvisional.")
    @APIResponse(responseCode = "201", description = "Raised, with its deadline",
            content = @Content(schema = @Schema(implementation = BlockerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the project")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    public Response raise(@PathParam("code") String code, BlockerDraft draft) {
        BlockerView blocker = desk.raise(code, draft);
        return Response.created(URI.create("/api/projects/" + code + "/blockers/" + blocker.id())).entity(blocker).build();
    }

    @GET
    @Operation(operationId = "listProjectBlockers",
            summary = "A project's blockers", description = "Open and resolved, oldest first.")
    @APIResponse(responseCode = "200", description = "The blockers")
    @APIResponse(responseCode = "404", description = "No such project, or outside the caller's scope")
    public List<BlockerView> list(@PathParam("code") String code) {
        return desk.ofProject(code);
    }

    @POST
    @Path("{id}/resolve")
    @Operation(operationId = "resolveBlocker",
            summary = "Resolve a blocker", description = "Records the resolution, who and when; once only.")
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "400", description = "No resolution given")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the project")
    @APIResponse(responseCode = "404", description = "No such project or blocker, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Already resolved")
    public BlockerView resolve(@PathParam("code") String code, @PathParam("id") String id, BlockerResolution resolution) {
        long blockerId;
        try {
            blockerId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Blocker");
        }
        return desk.resolve(code, blockerId, resolution);
    }
}

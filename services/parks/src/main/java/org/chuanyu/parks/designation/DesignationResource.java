package org.chuanyu.parks.designation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.parks.designation.DesignationViews.Change;
import org.chuanyu.parks.designation.DesignationViews.Designation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Designations of a park, and the two-province approval of a joint-zone park's changes. */
@Path("/api/parks/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parks")
public class DesignationResource {

    @Inject
    DesignationDesk desk;

    @GET
    @Path("designations")
    @Operation(operationId = "listParkDesignations", summary = "Designations of a park")
    @APIResponse(responseCode = "200", description = "The designations the park holds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Designation.class)))
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    public List<Designation> list(@PathParam("code") String code) {
        return desk.list(code);
    }

    @POST
    @Path("designations")
    @Operation(operationId = "addParkDesignation",
            summary = "Add a designation", description = "Takes effect at once for a park outside any joint "
            + "zone (201). For a joint-zone park it becomes a change awaiting one approval from each province (202).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Designation.class)))
    @APIResponse(responseCode = "202", description = "Awaiting both provinces' approval",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the park")
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Already held, or a change of it is already pending")
    public Response add(@PathParam("code") String code, Designation designation) {
        return respond(desk.add(code, designation), Response.Status.CREATED);
    }

    @DELETE
    @Path("designations/{id}")
    @Operation(operationId = "removeParkDesignation",
            summary = "Remove a designation", description = "At once outside joint zones (200 with what was "
            + "removed); a joint-zone park's removal awaits both provinces (202).")
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(schema = @Schema(implementation = Designation.class)))
    @APIResponse(responseCode = "202", description = "Awaiting both provinces' approval",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "404", description = "No such park or designation, or outside the caller's scope")
    public Response remove(@PathParam("code") String code, @PathParam("id") long id) {
        return respond(desk.remove(code, id), Response.Status.OK);
    }

    @GET
    @Path("designation-changes")
    @Operation(operationId = "listParkDesignationChanges",
            summary = "Designation changes of a park", description = "Pending and applied changes, newest first; "
            + "visible to both provinces for a joint-zone park.")
    public List<Change> changes(@PathParam("code") String code) {
        return desk.changes(code);
    }

    @POST
    @Path("designation-changes/{id}/approvals")
    @Operation(operationId = "approveParkDesignationChange",
            summary = "Approve a designation change", description = "One approval per province, by a "
            + "province-admin or cross-province-admin; the second province's approval applies the change.")
    @APIResponse(responseCode = "200", description = "Approved (status APPLIED once both provinces approved)")
    @APIResponse(responseCode = "403", description = "Not an admin, or may not change the park")
    @APIResponse(responseCode = "404", description = "No such park or change, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "This province already approved, or the change is applied")
    public Change approve(@PathParam("code") String code, @PathParam("id") long id) {
        return desk.approve(code, id);
    }

    @POST
    @Path("designation-changes/{id}/rejection")
    @Operation(operationId = "rejectParkDesignationChange",
            summary = "Reject a designation change", description = "Either province turns a pending change down, "
            + "with a reason, by the admins who approve (a province-admin or cross-province-admin who may change the "
            + "park); the park's designations stay as they are. The change becomes REJECTED and shows who, for which "
            + "province, when and why under rejection; it is never decided again.")
    @APIResponse(responseCode = "200", description = "The rejected change",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing, blank or longer than 2,000 characters")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin, or may not change the park")
    @APIResponse(responseCode = "404", description = "No such park or change, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The change is already applied or rejected")
    public Change reject(@PathParam("code") @Parameter(description = "The park's code", example = "rongchang-hightech")
                         String code,
                         @PathParam("id") @Parameter(description = "The change's id", example = "4") long id,
                         DesignationViews.RejectRequest request) {
        return desk.reject(code, id, request);
    }

    private static Response respond(DesignationDesk.Outcome outcome, Response.Status applied) {
        if (outcome instanceof DesignationDesk.Pending pending) {
            return Response.status(Response.Status.ACCEPTED).entity(pending.change()).build();
        }
        return Response.status(applied).entity(((DesignationDesk.Applied) outcome).designation()).build();
    }
}

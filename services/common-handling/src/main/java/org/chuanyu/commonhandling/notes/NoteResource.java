package org.chuanyu.commonhandling.notes;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Staff notes on a case: append-only, for both sides' staff, never for external systems. */
@Path("/api/common-handling/cases/{number}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class NoteResource {

    @Inject
    NoteDesk desk;

    @GET
    @Operation(operationId = "listCaseNotes", summary = "A case's staff notes",
            description = "Oldest first. For whoever may read the case, except external systems.")
    @APIResponse(responseCode = "200", description = "The notes", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = NoteApi.Note.class)))
    @APIResponse(responseCode = "403", description = "An external system: notes are for staff")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    public List<NoteApi.Note> list(@PathParam("number") String number) {
        return desk.list(number);
    }

    @POST
    @Operation(operationId = "addCaseNote", summary = "Write a staff note on a case",
            description = "By the staff of the accepting or handling side. Notes are never changed or removed.")
    @APIResponse(responseCode = "201", description = "Written", content = @Content(schema = @Schema(implementation = NoteApi.Note.class)))
    @APIResponse(responseCode = "400", description = "No text, or more than 2,000 characters")
    @APIResponse(responseCode = "403", description = "The caller does not act on either side of the case (a viewer, a "
            + "cross-province-admin, an external system)")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The case holds as many notes as a case may")
    public Response add(@PathParam("number") String number, NoteApi.NewNote note) {
        NoteApi.Note written = desk.add(number, note);
        return Response.created(URI.create("/api/common-handling/cases/" + number + "/notes")).entity(written).build();
    }
}

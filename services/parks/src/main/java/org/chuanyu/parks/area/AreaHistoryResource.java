package org.chuanyu.parks.area;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.parks.registry.Park;
import org.chuanyu.parks.registry.ParkRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A park's area over time (Rongchang: filed 27.87 → managed 28.8 → planned 100.07 km²). */
@Path("/api/parks/{code}/area-history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parks")
public class AreaHistoryResource {

    @Inject
    ParkRegistry registry;
    @Inject
    CurrentCaller caller;
    @Inject
    Validator validator;

    @GET
    @Transactional
    @Operation(operationId = "listParkAreaHistory",
            summary = "Area history", description = "Every recorded area of the park, oldest first.")
    @APIResponse(responseCode = "200", description = "The areas, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AreaEntry.class)))
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    public List<AreaEntry> history(@PathParam("code") String code) {
        Park park = registry.requireVisible(code);
        return ParkArea.historyOf(park.id).stream().map(AreaEntry::of).toList();
    }

    @POST
    @Transactional
    @Operation(operationId = "recordParkArea",
            summary = "Record an area", description = "Appends a dated area; history is never edited.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AreaEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "The caller may read but not change the park")
    @APIResponse(responseCode = "404", description = "No such park, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "An area of that kind is already recorded for that date")
    public Response record(@PathParam("code") String code, AreaEntry entry) {
        Park park = registry.requireWritable(code);
        RequestBodies.requireValid(validator, entry, "kind, areaKm2 and effectiveOn");
        ParkArea area = new ParkArea();
        area.parkId = park.id;
        area.kind = entry.kind();
        area.areaKm2 = entry.areaKm2();
        area.effectiveOn = entry.effectiveOn();
        area.source = entry.source();
        area.recordedBy = caller.require().province().realm() + "/" + caller.require().username();
        area.persistAndFlush();
        return Response.status(Response.Status.CREATED).entity(AreaEntry.of(area)).build();
    }
}

package org.chuanyu.commonhandling.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/common-handling/extensions}: the extensions of the cases the caller reads, across cases. */
@Path("/api/common-handling/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
@SecurityRequirement(name = "bearer")
public class ExtensionListResource {

    @Inject
    ExtensionRequests extensions;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(operationId = "listCaseExtensions", summary = "Extensions of the decision deadline, across cases",
            description = "The extension requests (行政许可法 art. 42) of every case the caller may read through its "
                    + "accepting or handling side (an external system: the cases it filed), newest request first, each "
                    + "with its case's number, item and handling district and province. status=REQUESTED is what waits "
                    + "for a province-admin of the handling province, who decides it with "
                    + "POST /api/common-handling/cases/{number}/extensions/{id}/approval.")
    @APIResponse(responseCode = "200", description = "A page of extensions, newest request first")
    @APIResponse(responseCode = "400", description = "An unknown status, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ClockStopApi.CaseExtensionView> list(
            @Parameter(description = "Only extensions in this state", example = "REQUESTED",
                    schema = @Schema(implementation = Extension.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return extensions.list(status, pageLimits.request(cursor, limit));
    }
}

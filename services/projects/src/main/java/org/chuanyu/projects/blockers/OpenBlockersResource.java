package org.chuanyu.projects.blockers;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open blockers across the caller's projects: the list the weekly dispatch meeting (周调度) goes through. */
@Path("/api/projects/blockers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Blockers")
public class OpenBlockersResource {

    @Inject
    BlockerDesk desk;

    @GET
    @Operation(operationId = "listOpenBlockers",
            summary = "Open blockers", description = "Unresolved blockers of the projects the caller may read, "
            + "oldest first; with overdue=true only those past their due day.")
    @APIResponse(responseCode = "200", description = "One page of blockers")
    @APIResponse(responseCode = "400", description = "An invalid parameter")
    public Page<BlockerView> open(
            @QueryParam("overdue") @Parameter(description = "true: only blockers past their due day") String overdue,
            @QueryParam("asOf") @Parameter(description = "The day to judge overdue by; today when absent", example = "2026-10-12") String asOf,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Page size, 1–500 (default 50)") String limit) {
        return desk.open(Boolean.TRUE.equals(QueryParameters.yesOrNo("overdue", overdue)), asOf, cursor,
                QueryParameters.wholeNumber("limit", limit));
    }
}

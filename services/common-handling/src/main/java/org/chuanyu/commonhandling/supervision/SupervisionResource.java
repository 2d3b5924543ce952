package org.chuanyu.commonhandling.supervision;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Electronic supervision (电子监察): open cases by warning light, within the caller's scope. */
@Path("/api/common-handling/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class SupervisionResource {

    @Inject
    SupervisionSummary summary;

    @GET
    @Operation(operationId = "getCaseSupervision", summary = "Open cases by warning light",
            description = "For the open cases the caller may read that were submitted from `from` to `to`: how many stand "
                    + "at each light (NORMAL, WARNING, YELLOW, RED), by the side and district their current step waits "
                    + "on and by item; and the yellow and red cases by number, the longest past their limit first.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "A date that is not ISO, to before from, or a range too long")
    public SupervisionSummary.Report get(
            @QueryParam("from") @Parameter(description = "First day of submission, ISO date; default 1 January of this year",
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day of submission, ISO date; default today",
                    example = "2026-11-23") String to) {
        return summary.report(from, to);
    }
}

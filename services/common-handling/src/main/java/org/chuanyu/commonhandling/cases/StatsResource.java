package org.chuanyu.commonhandling.cases;

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

/** How cases fared, per item and side, within the caller's scope. */
@Path("/api/common-handling/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class StatsResource {

    @Inject
    CaseStatistics statistics;
    @Inject
    WorkingDaysStatistics workingDays;

    @GET
    @Operation(operationId = "getCaseStatistics",
            summary = "Case statistics", description = "Per item for cases submitted in a date range (Asia/Shanghai), "
            + "once by accepting province and once by handling province: a cross-province case counts on both sides, "
            + "and each row says how many of its cases are cross-province. Only cases the caller may read count.")
    @APIResponse(responseCode = "200", description = "The rows, ordered by item, side and province")
    @APIResponse(responseCode = "400", description = "A date that is not ISO 8601, or a range backwards or too long")
    public CaseStatistics.Report stats(
            @QueryParam("from") @Parameter(description = "First day, ISO date; default 1 January of this year", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date; default today", example = "2026-11-23") String to,
            @QueryParam("item") @Parameter(description = "Only this item code", example = "yidi-jiuyi-beian") String item) {
        return statistics.report(from, to, item);
    }

    @GET
    @Path("working-days")
    @Operation(operationId = "getCaseWorkingDays", summary = "Whose days were they, per pair of districts",
            description = "For the ended cases the caller may read that were submitted in a date range (Asia/Shanghai): per "
                    + "pair of accepting and handling districts, the total and average working days spent waiting on the "
                    + "accepting side, the handling side, the applicant, special procedures and delivery.")
    @APIResponse(responseCode = "200", description = "The pairs, ordered by accepting then handling district")
    @APIResponse(responseCode = "400", description = "A date that is not ISO 8601, or a range backwards or too long")
    public WorkingDaysStatistics.Report workingDays(
            @QueryParam("from") @Parameter(description = "First day of submission, ISO date; default 1 January of this year",
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day of submission, ISO date; default today",
                    example = "2026-11-23") String to) {
        return workingDays.report(from, to);
    }
}

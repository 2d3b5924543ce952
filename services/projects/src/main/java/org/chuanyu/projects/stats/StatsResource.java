package org.chuanyu.projects.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics of the projects in the caller's scope. */
@Path("/api/projects/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project statistics")
public class StatsResource {

    @Inject
    BusinessClock businessClock;

    @Inject
    ProjectStatistics statistics;

    @ConfigProperty(name = "projects.stats.earliest-year", defaultValue = "1990")
    int earliestYear;

    @GET
    @Operation(operationId = "getProjectStatistics",
            summary = "Project statistics", description = "Counts, planned and completed investment grouped by "
            + "province, district, zone, park, designation, industry, sourceRegion or stage, over the projects the "
            + "caller may read only. A joint-zone project counts for each province of its zone. With year: the "
            + "projects with investment reported in that year, and the investment completed in it. E.g. "
            + "groupBy=designation&year=2021 gives the Chongqing riverside transfer zone's 2021 results.")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "400", description = "groupBy missing or unknown, or an invalid year")
    public StatsView stats(
            @QueryParam("groupBy") @Parameter(description = "province, district, zone, park, designation, industry, "
                    + "sourceRegion or stage", example = "designation") String groupBy,
            @QueryParam("year") @Parameter(description = "Calendar year", example = "2021") String year) {
        Violations errors = new Violations();
        GroupBy by = null;
        if (groupBy == null || groupBy.isBlank()) {
            errors.add("groupBy", "is required: province, district, zone, park, designation, industry, sourceRegion or stage");
        } else {
            try {
                by = QueryParameters.choice("groupBy", groupBy, GroupBy.class, GroupBy::apiName);
            } catch (ProblemException e) {
                errors.add("groupBy", "must be one of province, district, zone, park, designation, industry, sourceRegion, stage");
            }
        }
        Integer y = null;
        try {
            y = QueryParameters.wholeNumber("year", year);
            int latest = businessClock.today().getYear() + 1;
            if (y != null && (y < earliestYear || y > latest)) {
                errors.add("year", "must be between " + earliestYear + " and " + latest);
            }
        } catch (ProblemException e) {
            errors.add("year", "must be a whole number such as 2021");
        }
        errors.throwIfAny();
        return statistics.stats(by, y);
    }
}

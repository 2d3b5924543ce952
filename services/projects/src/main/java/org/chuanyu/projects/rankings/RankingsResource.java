package org.chuanyu.projects.rankings;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.projects.registry.ProjectFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The monthly red/black list (红黑榜) of the caller's projects. */
@Path("/api/projects/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project statistics")
public class RankingsResource {

    @Inject
    ProjectRankings rankings;

    @GET
    @Operation(operationId = "rankProjects",
            summary = "Red/black list of a month", description = "Ranks the projects the caller may read (narrowed "
            + "by the list's filters) by schedule adherence and investment completion; the rule is in the answer "
            + "and each rank shows its inputs. See docs/projects.md.")
    @APIResponse(responseCode = "200", description = "The red and black lists")
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM, or an invalid filter")
    public RankingsView rankings(@QueryParam("month") @Parameter(description = "The month, YYYY-MM", example = "2026-03") String month,
                                 @BeanParam ProjectFilter filter) {
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("month", "is required, e.g. 2026-03");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "must be a month such as 2026-03");
        }
        return rankings.rank(m, filter);
    }
}

package org.chuanyu.projects.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

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

    /** The export's columns: a group's row (headers as the park export writes them). */
    static final List<Column<StatsView.Row>> COLUMNS = List.of(
            new Column<>("分组 key", StatsView.Row::key),
            new Column<>("项目数 projects", StatsView.Row::projects),
            new Column<>("转移项目数 transferredProjects", StatsView.Row::transferredProjects),
            new Column<>("计划投资 plannedInvestment", StatsView.Row::plannedInvestment),
            new Column<>("完成投资 completedInvestment", StatsView.Row::completedInvestment));

    /** The export's example (the BOM left out): the statistics example's group and total. */
    static final String CSV_EXAMPLE = "分组 key,项目数 projects,转移项目数 transferredProjects,计划投资 plannedInvestment,"
            + "完成投资 completedInvestment\r\n"
            + "重庆沿江承接产业转移示范区,347,347,98000000000.00,52300000000.00\r\n"
            + "total,347,347,98000000000.00,52300000000.00\r\n";

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
        return statistics(groupBy, year);
    }

    @GET
    @Path("export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportProjectStatistics", summary = "Export project statistics",
            description = "The groups of getProjectStatistics (same parameters, same scope), one line per group, largest "
                    + "completed investment first, then a last line `total` that counts every project once; amounts in "
                    + "CNY. CSV or XLSX: project-stats-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = CSV_EXAMPLE),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, groupBy missing or unknown, or an invalid year")
    public Response export(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("groupBy") @Parameter(description = "province, district, zone, park, designation, industry, "
                    + "sourceRegion or stage", example = "designation") String groupBy,
            @QueryParam("year") @Parameter(description = "Calendar year", example = "2021") String year) {
        TabularFile.Format chosen = TabularFile.format(format);
        StatsView view = statistics(groupBy, year);
        List<StatsView.Row> rows = new ArrayList<>(view.groups());
        rows.add(view.total());
        return TabularFile.response(chosen, "project-stats", businessClock.today(),
                TabularFile.Table.of("Project statistics", COLUMNS, rows));
    }

    /** The parameters checked (every error at once, 400) and the statistics read through the caller's scope. */
    private StatsView statistics(String groupBy, String year) {
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

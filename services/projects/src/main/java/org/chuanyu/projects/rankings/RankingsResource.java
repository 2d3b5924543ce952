package org.chuanyu.projects.rankings;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.chuanyu.projects.registry.ProjectFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The monthly red/black list (红黑榜) of the caller's projects. */
@Path("/api/projects/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project statistics")
public class RankingsResource {

    @Inject
    ProjectRankings rankings;
    @Inject
    BusinessClock businessClock;

    /** One line of the export: which list, and the rank with its inputs. */
    record Listed(String list, RankingRule.Entry entry) {
    }

    /** The export's columns, headers "中文 jsonName" as the other exports write them. */
    static final List<Column<Listed>> COLUMNS = List.of(
            new Column<>("榜单 list", Listed::list),
            new Column<>("名次 rank", l -> l.entry().rank()),
            new Column<>("项目编码 code", l -> l.entry().code()),
            new Column<>("项目名称 name", l -> l.entry().name()),
            new Column<>("区县 district", l -> l.entry().district()),
            new Column<>("阶段 stage", l -> l.entry().stage().name()),
            new Column<>("到期节点 milestonesDue", l -> l.entry().milestonesDue()),
            new Column<>("按期节点 milestonesOnTime", l -> l.entry().milestonesOnTime()),
            new Column<>("延误天数 daysLate", l -> l.entry().daysLate()),
            new Column<>("进度得分 scheduleScore", l -> l.entry().scheduleScore()),
            new Column<>("年累计完成投资 completedYearToDate", l -> l.entry().completedYearToDate()),
            new Column<>("年度计划投资 annualPlan", l -> l.entry().annualPlan()),
            new Column<>("投资得分 investmentScore", l -> l.entry().investmentScore()),
            new Column<>("综合得分 score", l -> l.entry().score()));

    /** The export's example (the BOM left out): the JSON example's red entry. */
    static final String CSV_EXAMPLE = "榜单 list,名次 rank,项目编码 code,项目名称 name,区县 district,阶段 stage,"
            + "到期节点 milestonesDue,按期节点 milestonesOnTime,延误天数 daysLate,进度得分 scheduleScore,"
            + "年累计完成投资 completedYearToDate,年度计划投资 annualPlan,投资得分 investmentScore,综合得分 score\r\n"
            + "red,1,bishan-blade-battery,比亚迪刀片电池基地,500120,IN_PRODUCTION,4,4,0,1.0000,900000000.00,1200000000,"
            + "0.7500,0.8750\r\n";

    @GET
    @Operation(operationId = "rankProjects",
            summary = "Red/black list of a month", description = "Ranks the projects the caller may read (narrowed "
            + "by the list's filters) by schedule adherence and investment completion; the rule is in the answer "
            + "and each rank shows its inputs. See docs/projects.md.")
    @APIResponse(responseCode = "200", description = "The red and black lists")
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM, or an invalid filter")
    public RankingsView rankings(@QueryParam("month") @Parameter(description = "The month, YYYY-MM", example = "2026-03") String month,
                                 @BeanParam ProjectFilter filter) {
        return rankings.rank(month(month), filter);
    }

    @GET
    @Path("export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportProjectRankings", summary = "Export the red/black list of a month",
            description = "The red list (best first) and then the black list (worst first) of rankProjects as one "
                    + "table, same parameters and scope: one line per rank, with its list (red or black) and its "
                    + "inputs; amounts in CNY, scores between 0 and 1. CSV or XLSX: project-rankings-<month>-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = CSV_EXAMPLE),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, month missing or not YYYY-MM, or an invalid filter")
    public Response export(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("month") @Parameter(description = "The month, YYYY-MM", example = "2026-03") String month,
            @BeanParam ProjectFilter filter) {
        TabularFile.Format chosen = TabularFile.format(format);
        YearMonth m = month(month);
        RankingsView view = rankings.rank(m, filter);
        List<Listed> rows = new ArrayList<>();
        view.red().forEach(e -> rows.add(new Listed("red", e)));
        view.black().forEach(e -> rows.add(new Listed("black", e)));
        return TabularFile.response(chosen, "project-rankings-" + m, businessClock.today(),
                TabularFile.Table.of("Red and black lists " + m, COLUMNS, rows));
    }

    /** The month parameter: required, YYYY-MM (400 otherwise). */
    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("month", "is required, e.g. 2026-03");
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "must be a month such as 2026-03");
        }
    }
}

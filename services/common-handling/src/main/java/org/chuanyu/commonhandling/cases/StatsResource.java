package org.chuanyu.commonhandling.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How cases fared, per item and side, within the caller's scope; each report also as a spreadsheet
 * ({@code …/export?format=csv|xlsx}), read by the same service method with the same parameters.
 */
@Path("/api/common-handling/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class StatsResource {

    @Inject
    CaseStatistics statistics;
    @Inject
    WorkingDaysStatistics workingDays;
    @Inject
    BusinessClock businessClock;

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

    @GET
    @Path("monthly")
    @Operation(operationId = "getCaseMonthlyStatistics", summary = "Cases received per month, item and side",
            description = "The volume of the case statistics by month: for cases submitted in a date range, per month of "
                    + "submission (Asia/Shanghai), item, side and province, how many were received and how many of those "
                    + "are cross-province. A case counts in the month it was submitted, on its accepting side and on its "
                    + "handling side, as in getCaseStatistics; the months of a range add up to its rows. Only cases the "
                    + "caller may read count.")
    @APIResponse(responseCode = "200", description = "The rows, ordered by month, item, side and province")
    @APIResponse(responseCode = "400", description = "A date that is not ISO 8601, or a range backwards or too long")
    public CaseStatistics.MonthlyReport monthly(
            @QueryParam("from") @Parameter(description = "First day, ISO date; default 1 January of this year", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date; default today", example = "2026-03-31") String to,
            @QueryParam("item") @Parameter(description = "Only this item code", example = "yidi-jiuyi-beian") String item) {
        return statistics.monthly(from, to, item);
    }

    @GET
    @Path("export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportCaseStatistics", summary = "Export the case statistics",
            description = "The rows of getCaseStatistics (same parameters, same scope), one line per item, side and "
                    + "province, as CSV or XLSX: case-stats-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = StatsExportColumns.STATS_CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, a date that is not ISO 8601, or a range backwards or too long")
    public Response statsExport(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("from") @Parameter(description = "First day, ISO date; default 1 January of this year", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date; default today", example = "2026-11-23") String to,
            @QueryParam("item") @Parameter(description = "Only this item code", example = "yidi-jiuyi-beian") String item) {
        TabularFile.Format chosen = TabularFile.format(format);
        return TabularFile.response(chosen, "case-stats", businessClock.today(), TabularFile.Table.of("Case statistics",
                StatsExportColumns.STATS, statistics.report(from, to, item).rows()));
    }

    @GET
    @Path("monthly/export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportCaseMonthlyStatistics", summary = "Export the cases received per month",
            description = "The rows of getCaseMonthlyStatistics (same parameters, same scope), one line per month, item, "
                    + "side and province, as CSV or XLSX: case-stats-monthly-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = StatsExportColumns.MONTHLY_CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, a date that is not ISO 8601, or a range backwards or too long")
    public Response monthlyExport(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("from") @Parameter(description = "First day, ISO date; default 1 January of this year", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date; default today", example = "2026-03-31") String to,
            @QueryParam("item") @Parameter(description = "Only this item code", example = "yidi-jiuyi-beian") String item) {
        TabularFile.Format chosen = TabularFile.format(format);
        return TabularFile.response(chosen, "case-stats-monthly", businessClock.today(), TabularFile.Table.of(
                "Cases by month", StatsExportColumns.MONTHLY, statistics.monthly(from, to, item).rows()));
    }

    @GET
    @Path("working-days/export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportCaseWorkingDays", summary = "Export whose days they were, per pair of districts",
            description = "The pairs of getCaseWorkingDays (same parameters, same scope), one line per pair of accepting "
                    + "and handling districts with each party's total and average working days, as CSV or XLSX: "
                    + "case-working-days-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = StatsExportColumns.WORKING_DAYS_CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, a date that is not ISO 8601, or a range backwards or too long")
    public Response workingDaysExport(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("from") @Parameter(description = "First day of submission, ISO date; default 1 January of this year",
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day of submission, ISO date; default today",
                    example = "2026-11-23") String to) {
        TabularFile.Format chosen = TabularFile.format(format);
        return TabularFile.response(chosen, "case-working-days", businessClock.today(), TabularFile.Table.of(
                "Working days", StatsExportColumns.WORKING_DAYS, workingDays.report(from, to).pairs()));
    }
}

package org.chuanyu.commonhandling.supervision;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Electronic supervision (电子监察): open cases by warning light, within the caller's scope. */
@Path("/api/common-handling/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class SupervisionResource {

    @Inject
    SupervisionSummary summary;
    @Inject
    BusinessClock businessClock;

    /** The export's columns: the counts of the summary (headers as the park export writes them). */
    static final List<Column<SupervisionSummary.Count>> COUNTS = List.of(
            new Column<>("等待方 side", c -> c.side().name()),
            new Column<>("区县 district", SupervisionSummary.Count::district),
            new Column<>("事项 itemCode", SupervisionSummary.Count::itemCode),
            new Column<>("灯色 level", c -> c.level().name()),
            new Column<>("件数 cases", SupervisionSummary.Count::cases));

    /** The export's example (the BOM left out): the summary example's count. */
    static final String COUNTS_CSV = "等待方 side,区县 district,事项 itemCode,灯色 level,件数 cases\r\n"
            + "HANDLING,500112,yidi-jiuyi-beian,WARNING,3\r\n";

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

    @GET
    @Path("export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportCaseSupervision", summary = "Export the open cases by warning light",
            description = "The counts of getCaseSupervision (same parameters, same scope): one line per side, district, "
                    + "item and light with its number of open cases, as CSV or XLSX: case-supervision-<today>.csv|xlsx. "
                    + "The named yellow and red cases are in getCaseSupervision.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = COUNTS_CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, a date that is not ISO, to before from, or a range too long")
    public Response export(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @QueryParam("from") @Parameter(description = "First day of submission, ISO date; default 1 January of this year",
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day of submission, ISO date; default today",
                    example = "2026-11-23") String to) {
        TabularFile.Format chosen = TabularFile.format(format);
        return TabularFile.response(chosen, "case-supervision", businessClock.today(),
                TabularFile.Table.of("Supervision", COUNTS, summary.report(from, to).counts()));
    }
}

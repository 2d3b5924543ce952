package org.chuanyu.parks.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.parks.registry.ParkFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/parks/export}: the parks in the caller's scope with their latest indicators. */
@Path("/api/parks/export")
@Tag(name = "Parks")
public class ParkExportResource {

    @Inject
    BusinessClock businessClock;
    @Inject
    ParkExport export;

    @GET
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportParks",
            summary = "Export parks", description = "Parks the caller may read (same filters as the list) with "
            + "their latest reported indicators, as CSV (UTF-8 with BOM) or XLSX. Text cells that begin with =, +, - "
            + "or @ are prefixed with an apostrophe so no spreadsheet runs them as formulas.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING, description = "UTF-8 with BOM"),
                    example = ParkExportExamples.CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format or invalid filter")
    public Response export(@QueryParam("format") @Parameter(description = "csv or xlsx", example = "xlsx") String format,
                           @BeanParam ParkFilter filter) {
        TabularFile.Format chosen = TabularFile.format(format);
        List<ExportColumns.Row> rows = export.rows(filter);
        return TabularFile.response(chosen, "parks", businessClock.today(),
                TabularFile.Table.of("Parks", ExportColumns.ALL, rows));
    }
}

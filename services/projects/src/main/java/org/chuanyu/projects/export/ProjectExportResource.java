package org.chuanyu.projects.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.projects.registry.ProjectFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/projects/export}: the projects in the caller's scope as a file. */
@Path("/api/projects/export")
@Tag(name = "Projects")
public class ProjectExportResource {

    @Inject
    BusinessClock businessClock;

    @Inject
    ProjectExport export;

    @GET
    @Produces({TabularFile.CSV, TabularFile.XLSX, MediaType.APPLICATION_JSON, TabularFile.PROBLEM})
    @Operation(operationId = "exportProjects",
            summary = "Export projects", description = "Projects the caller may read (same filters as the list) as "
            + "CSV (UTF-8 with BOM), XLSX, or an OC4IDS 0.9 project package (JSON; each project valid against the "
            + "OC4IDS 0.9.3 project schema; stages mapped to projectStatus). Spreadsheet text cells that begin with "
            + "=, +, - or @ are prefixed with an apostrophe so no spreadsheet runs them as formulas.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING, description = "UTF-8 with BOM"),
                    example = ProjectExportExamples.CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "An OC4IDS 0.9 project package: {uri, publishedDate, publisher, version, projects[]}"),
                    example = ProjectExportExamples.OC4IDS)})
    @APIResponse(responseCode = "400", description = "Unknown format or invalid filter")
    public Response export(@QueryParam("format") @Parameter(description = "csv, xlsx or oc4ids", example = "oc4ids") String format,
                           @BeanParam ProjectFilter filter) {
        String chosen = format == null ? "csv" : format;
        if (!List.of("csv", "xlsx", "oc4ids").contains(chosen)) {
            throw ProblemException.invalid("format", "must be csv, xlsx or oc4ids");
        }
        ProjectExport.Selection selection = export.select(filter);
        if (chosen.equals("oc4ids")) {
            StreamingOutput body = out -> export.oc4ids(selection, out);
            return Response.ok(body, MediaType.APPLICATION_JSON).build();
        }
        return TabularFile.response(TabularFile.format(chosen), "projects", businessClock.today(), export.table(selection));
    }
}

package org.chuanyu.parks.indicators;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A park's yearly figures: report, amend, read, history, lock. */
@Path("/api/parks/{code}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Park indicators", description = "Yearly figures per park, with amendment history and locking")
public class IndicatorsResource {

    @Inject
    IndicatorsService indicators;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listParkIndicators", summary = "List a park's yearly figures",
            description = "All years with figures for the park, ascending by year. A park outside the caller's "
                    + "scope answers 404.")
    @APIResponse(responseCode = "200", description = "One page of years")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "404", description = "No such park in the caller's scope")
    public Page<IndicatorView> list(
            @Parameter(description = "Park code", example = "rongchang-hightech") @PathParam("code") String code,
            @Parameter(description = "Page size (default 50, at most 500)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor) {
        return indicators.list(code, limit, cursor);
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getParkIndicators", summary = "Read a park's figures for one year",
            description = "The figures as they stand, with the ETag to send in If-Match when amending or locking.")
    @APIResponse(responseCode = "200", description = "The figures",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version of the figures"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "The year is not a reporting year")
    @APIResponse(responseCode = "404", description = "No such park in the caller's scope, or no figures for the year")
    public Response get(@Parameter(description = "Park code") @PathParam("code") String code,
                        @Parameter(description = "Business year", example = "2022") @PathParam("year") String year) {
        return withETag(Response.ok(), indicators.get(code, year));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportParkIndicators", summary = "Report or amend a park's figures for one year",
            description = "The first report of a year needs no If-Match and answers 201. An amendment replaces "
                    + "the whole report (a figure left out becomes absent), needs the current ETag in If-Match, "
                    + "and keeps the replaced state in the history. reportedBy and reportedAt come from the token "
                    + "and the clock. Checks in order: park visible (404), writable (403), year and body (400), "
                    + "If-Match (428/412), year not locked (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorReport.class)))
    @APIResponse(responseCode = "200", description = "Amended",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "201", description = "Reported for the first time",
            headers = {@Header(name = HttpHeaders.ETAG, description = "Version of the figures"),
                       @Header(name = HttpHeaders.LOCATION, description = "URL of the year's figures")},
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Bad year, malformed body or invalid figures (errors[] names each field)")
    @APIResponse(responseCode = "403", description = "The caller may read the park but not report for it")
    @APIResponse(responseCode = "404", description = "No such park in the caller's scope")
    @APIResponse(responseCode = "409", description = "The year is locked, or someone changed it at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "Amendment without If-Match")
    public Response report(@Parameter(description = "Park code") @PathParam("code") String code,
                           @Parameter(description = "Business year", example = "2022") @PathParam("year") String year,
                           @Parameter(description = "ETag of the figures being amended")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           // Unparsed on purpose: a park outside the caller's scope is a 404 whatever the body.
                           String body) {
        IndicatorsService.Reported reported = indicators.report(code, year, body, ifMatch);
        Response.ResponseBuilder response = reported.created()
                ? Response.created(uriInfo.getAbsolutePath()) : Response.ok();
        return withETag(response, reported.indicators());
    }

    @GET
    @Path("{year}/history")
    @Operation(operationId = "getParkIndicatorHistory", summary = "Amendment history of a park's year",
            description = "Every amendment, newest first: who amended, when, which fields changed (before and after) "
                    + "and who had reported the replaced figures.")
    @APIResponse(responseCode = "200", description = "One page of amendments")
    @APIResponse(responseCode = "400", description = "Bad year, limit or cursor")
    @APIResponse(responseCode = "404", description = "No such park in the caller's scope, or no figures for the year")
    public Page<IndicatorRevisionView> history(
            @Parameter(description = "Park code") @PathParam("code") String code,
            @Parameter(description = "Business year", example = "2022") @PathParam("year") String year,
            @Parameter(description = "Page size (default 50, at most 500)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor) {
        return indicators.history(code, year, limit, cursor);
    }

    @POST
    @Path("{year}/lock")
    @Operation(operationId = "lockParkIndicators", summary = "Lock a park's year after review",
            description = "A province-admin or cross-province-admin who may write the park closes the year to "
                    + "amendments; who locked it and when is recorded. Send the ETag of the version reviewed in "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "Locked",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "The year is not a reporting year")
    @APIResponse(responseCode = "403", description = "Not an admin who may write the park")
    @APIResponse(responseCode = "404", description = "No such park in the caller's scope, or no figures for the year")
    @APIResponse(responseCode = "409", description = "Already locked")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response lock(@Parameter(description = "Park code") @PathParam("code") String code,
                         @Parameter(description = "Business year", example = "2022") @PathParam("year") String year,
                         @Parameter(description = "ETag of the reviewed figures")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), indicators.lock(code, year, ifMatch));
    }

    private static Response withETag(Response.ResponseBuilder response, IndicatorView view) {
        return response.header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
    }
}

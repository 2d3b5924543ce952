package org.chuanyu.commonhandling.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * {@code /api/common-handling/calendar/{year}}: the working-day calendar behind the statutory
 * clock. Reference data: every authenticated caller reads it; province-admins and
 * cross-province-admins load and correct a year, and every change is on record.
 */
@Path("/api/common-handling/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Public holidays and make-up working days (调休) behind the statutory clock")
@SecurityRequirement(name = "bearer")
public class CalendarResource {

    private static final String YEAR = "The calendar year";

    @Inject
    CalendarRegistry registry;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(summary = "Read a year", description = "The year's public holidays and make-up working days and the "
            + "notice they come from. A year with no schedule loaded answers loaded=false, provisional=true: weekends "
            + "alone are non-working days and deadlines counted through it are provisional.")
    @APIResponse(responseCode = "200", description = "The year; ETag is its version (absent for a year not loaded)",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response get(@Parameter(description = YEAR, example = "2026") @PathParam("year") String year) {
        caller.require();
        return withETag(Response.ok(), registry.read(parseYear(year))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load or correct a year", description = "Replaces the year's schedule. For a province-admin "
            + "or cross-province-admin. Every date must lie in the year; a day cannot be both a holiday and a make-up "
            + "working day; a make-up working day is a Saturday or Sunday (a holiday may be any day). When the year is "
            + "already loaded, send its ETag in If-Match. The change is recorded with the schedule before and after, "
            + "and deadlines counted through the year are recomputed.")
    @APIResponse(responseCode = "200", description = "Corrected; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "201", description = "Loaded for the first time; ETag is its version",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or schedule, listed in errors[]; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a province-admin or cross-province-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The year is loaded and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
                        @Parameter(description = "The year's ETag; required once the year is loaded")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        PublishedSchedule schedule) {
        Caller admin = caller.require();
        AccessRules.requireReferenceDataAdmin(admin);
        CalendarRegistry.Written written = registry.write(admin, parseYear(year), ifMatch, schedule);
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/common-handling/calendar/" + written.year().year()))
                : Response.ok();
        return withETag(response, written.year()).build();
    }

    @GET
    @Path("changes")
    @Operation(summary = "Changes of a year", description = "Every load and correction of the year, newest first: who, "
            + "from which realm, when, and the schedule before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, or a bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<CalendarChangeView> changes(
            @Parameter(description = YEAR, example = "2026") @PathParam("year") String year,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return registry.changes(parseYear(year), pageLimits.resolve(QueryParameters.wholeNumber("limit", limit)), cursor);
    }

    private static int parseYear(String raw) {
        Integer year = QueryParameters.wholeNumber("year", raw);
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return year;
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, CalendarYearView year) {
        response.entity(year);
        return year.version() == null ? response : response.header(HttpHeaders.ETAG, ETags.of(year.version()));
    }
}

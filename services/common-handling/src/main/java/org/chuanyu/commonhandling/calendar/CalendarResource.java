package org.chuanyu.commonhandling.calendar;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
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
 * clock. Reference data shared by both provinces: every authenticated caller reads it; a province-admin or
 * cross-province-admin proposes a load or correction, one admin of each province approves it, and every change is on
 * record.
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
    @Operation(operationId = "getHolidayCalendar",
            summary = "Read a year", description = "The year's public holidays and make-up working days and the "
            + "notice they come from. A year with no schedule loaded answers loaded=false, provisional=true: weekends "
            + "alone are non-working days and deadlines counted through it are provisional.")
    @APIResponse(responseCode = "200", description = "The year; ETag is its version (absent for a year not loaded)",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response get(@Parameter(description = YEAR, example = "2026") @PathParam("year") String year) {
        caller.require();
        return withETag(Response.ok(), registry.read(parseYear(year))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeHolidayCalendar",
            summary = "Propose loading or correcting a year", description = "The calendar is both provinces' "
            + "reference data: this proposes the year's schedule, and nothing changes until one province-admin or "
            + "cross-province-admin of each province has approved it (POST …/proposals/{id}/approvals; proposing is "
            + "not approving). For a province-admin or cross-province-admin. Every date must lie in the year; a day "
            + "cannot be both a holiday and a make-up working day; a make-up working day is a Saturday or Sunday. When "
            + "the year is already loaded, send its ETag in If-Match. One proposal per year waits at a time. Once "
            + "applied, the change is recorded with the schedule before and after, and the deadlines of open cases are "
            + "recounted in the background.")
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal",
            content = @Content(schema = @Schema(implementation = CalendarProposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or schedule, listed in errors[]; nothing proposed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a province-admin or cross-province-admin")
    @APIResponse(responseCode = "409", description = "Another proposal for the year waits for approval")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "The year is loaded and If-Match is missing")
    public Response put(@Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
                        @Parameter(description = "The year's ETag; required once the year is loaded")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        PublishedSchedule schedule) {
        Caller admin = caller.require();
        AccessRules.requireReferenceDataAdmin(admin);
        CalendarProposalView proposal = registry.propose(admin, parseYear(year), ifMatch, schedule);
        return Response.accepted(proposal)
                .location(URI.create("/api/common-handling/calendar/" + proposal.year() + "/proposals/" + proposal.id()))
                .build();
    }

    @GET
    @Path("proposals")
    @Operation(operationId = "listCalendarProposals",
            summary = "Proposals for a year", description = "Every proposed load or correction of the year, newest "
            + "first, with its approvals: pending, applied or rejected.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<CalendarProposalView> proposals(
            @Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return registry.proposals(parseYear(year), pageLimits.request(cursor, limit));
    }

    @GET
    @Path("proposals/{id}")
    @Operation(operationId = "getCalendarProposal",
            summary = "One proposal", description = "A proposed load or correction and where its approval stands.")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = CalendarProposalView.class)))
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, or not an id")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such proposal for that year")
    public CalendarProposalView proposal(@Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
                                         @Parameter(description = "The proposal's id", example = "3") @PathParam("id") String id) {
        caller.require();
        return registry.proposal(parseYear(year), parseId(id));
    }

    @POST
    @Path("proposals/{id}/approvals")
    @Operation(operationId = "approveCalendarProposal",
            summary = "Approve a proposal for your province", description = "Adds the approval of the caller's "
            + "province. The second province's approval applies the schedule: the year changes, the change is "
            + "recorded, and open cases' deadlines are recounted in the background. For a province-admin or "
            + "cross-province-admin; one approval per province.")
    @APIResponse(responseCode = "200", description = "Approved (status APPLIED once both provinces have)",
            content = @Content(schema = @Schema(implementation = CalendarProposalView.class)))
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, or not an id")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a province-admin or cross-province-admin")
    @APIResponse(responseCode = "404", description = "No such proposal for that year")
    @APIResponse(responseCode = "409", description = "Not pending any more, already approved by the caller's "
            + "province, or the year changed since the proposal was made")
    public CalendarProposalView approve(@Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
                                        @Parameter(description = "The proposal's id", example = "3") @PathParam("id") String id) {
        Caller admin = caller.require();
        return registry.approve(admin, parseYear(year), parseId(id));
    }

    @POST
    @Path("proposals/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCalendarProposal",
            summary = "Reject a proposal", description = "Either province's admin rejects a waiting proposal; the "
            + "year stays as it is.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = CalendarProposalView.class)))
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, not an id, or a reason over "
            + "500 characters")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a province-admin or cross-province-admin")
    @APIResponse(responseCode = "404", description = "No such proposal for that year")
    @APIResponse(responseCode = "409", description = "Not pending any more")
    public CalendarProposalView reject(@Parameter(description = YEAR, example = "2027") @PathParam("year") String year,
                                       @Parameter(description = "The proposal's id", example = "3") @PathParam("id") String id,
                                       Rejection rejection) {
        Caller admin = caller.require();
        return registry.reject(admin, parseYear(year), parseId(id), rejection == null ? null : rejection.reason());
    }

    @Schema(name = "CalendarRejection", description = "Why a calendar proposal is rejected",
            example = "{\"reason\":\"与国务院办公厅通知不符\"}")
    public record Rejection(@Schema(description = "Why, at most 500 characters", nullable = true,
            example = "与国务院办公厅通知不符") @jakarta.validation.constraints.Size(max = 500) String reason) {
    }

    @GET
    @Path("changes")
    @Operation(operationId = "listCalendarChanges",
            summary = "Changes of a year", description = "Every load and correction of the year, newest first: who, "
            + "from which realm, when, and the schedule before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "Not a year the calendar accepts, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<CalendarChangeView> changes(
            @Parameter(description = YEAR, example = "2026") @PathParam("year") String year,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return registry.changes(parseYear(year), pageLimits.request(cursor, limit));
    }

    private static int parseYear(String raw) {
        Integer year = QueryParameters.wholeNumber("year", raw);
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return year;
    }

    private static long parseId(String raw) {
        Integer id = QueryParameters.wholeNumber("id", raw);
        if (id == null) {
            throw ProblemException.invalid("id", "is required");
        }
        return id;
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, CalendarYearView year) {
        response.entity(year);
        return year.version() == null ? response : response.header(HttpHeaders.ETAG, ETags.of(year.version()));
    }
}

package org.chuanyu.parks.zones;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.jurisdiction.web.Versioned;
import org.chuanyu.parks.divisions.DivisionCodes;
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
 * {@code /api/zones}: joint zones, readable by every authenticated caller of either province and
 * the authority on which divisions belong to which zone. A zone changes (or is recorded) only
 * through a change that one admin of each province approves.
 */
@Path("/api/zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint zones", description = "Zones administered by both provinces, their member divisions, and "
        + "two-province approval of their changes")
@SecurityRequirement(name = "bearer")
public class ZoneResource {

    @Inject
    ZoneDepartures departures;

    @Inject
    BusinessClock businessClock;

    private static final String LIMIT = "Page size, 1 to 500 (default 50)";
    private static final String CURSOR = "nextCursor of the previous page";
    private static final String STATUS = "PENDING, APPLIED or REJECTED";

    @Inject
    ZoneRegistry registry;
    @Inject
    ZoneChanges changes;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(operationId = "listZones",
            summary = "List joint zones", description = "Zones ordered by code, with their member divisions on "
            + "asOf. division= keeps the zones that division lies in (it, or a division containing it, is a member).")
    @APIResponse(responseCode = "200", description = "A page of zones")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ZoneView> list(
            @Parameter(description = "Date to show membership for (Asia/Shanghai); default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "GB/T 2260 code that must lie in the zone", example = "511623")
            @QueryParam("division") String division,
            @Parameter(description = "Part of the code or a name") @QueryParam("q") String q,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        caller.require();
        if (division != null && !DivisionCodes.isWellFormed(division)) {
            throw ProblemException.invalid("division", DivisionCodes.MESSAGE);
        }
        return registry.list(QueryParameters.asOf(asOf, businessClock), division, q == null || q.isBlank() ? null : q.strip(),
                pageLimits.request(cursor, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeZone",
            summary = "Propose a new joint zone", description = "Proposes recording a zone whose code the platform "
            + "configuration agrees (jurisdiction.joint-zones). For a province-admin of a province taking part, or a "
            + "cross-province-admin administering the zone. Nothing is recorded until both provinces approve.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the change",
            content = @Content(schema = @Schema(implementation = ZoneChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[], or a code not agreed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone")
    @APIResponse(responseCode = "409", description = "The zone is recorded already, or a change of it is waiting")
    public Response proposeNew(ProposeNewZoneRequest request) {
        if (request == null) {
            throw ProblemException.invalid("request", "a JSON body is required");
        }
        return created(changes.proposeNew(caller.require(), request));
    }

    @GET
    @Path("changes")
    @Operation(operationId = "listAllZoneChanges",
            summary = "Changes of every zone", description = "Newest first; status=PENDING lists what waits for "
            + "approval, visible to both provinces.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ZoneChangeView> allChanges(
            @Parameter(description = STATUS) @QueryParam("status") String status,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        caller.require();
        return changes.list(null, QueryParameters.choice("status", status, ZoneChangeStatus.class, ZoneChangeStatus::name),
                pageLimits.request(cursor, limit));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getZone",
            summary = "Get a joint zone", description = "The zone with its member divisions on asOf (names as "
            + "of that date), area shares, seconded staff, revenue sharing and approval documents.")
    @APIResponse(responseCode = "200", description = "The zone; ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = ZoneView.class)))
    @APIResponse(responseCode = "400", description = "A bad date")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such zone")
    public Response get(@Parameter(example = "gaozhu") @PathParam("code") String code,
                        @Parameter(description = "Date to show membership for; default today") @QueryParam("asOf") String asOf) {
        caller.require();
        Versioned<ZoneView> zone = registry.get(code, QueryParameters.asOf(asOf, businessClock));
        return Response.ok(zone.body()).header(HttpHeaders.ETAG, ETags.of(zone.version())).build();
    }

    @GET
    @Path("{code}/changes")
    @Operation(operationId = "listZoneChanges",
            summary = "Changes of a zone", description = "Pending and past changes, newest first, optionally by "
            + "status; visible to every caller of both provinces.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such zone")
    public Page<ZoneChangeView> changes(
            @Parameter(example = "gaozhu") @PathParam("code") String code,
            @Parameter(description = STATUS) @QueryParam("status") String status,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        caller.require();
        return changes.list(code, QueryParameters.choice("status", status, ZoneChangeStatus.class, ZoneChangeStatus::name),
                pageLimits.request(cursor, limit));
    }

    @POST
    @Path("{code}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeZoneChange",
            summary = "Propose a change", description = "Proposes the zone's whole new definition (members, "
            + "staff, revenue sharing, documents). For a province-admin of a province taking part, or a "
            + "cross-province-admin administering the zone, with the zone's ETag in If-Match (a zone agreed in the "
            + "configuration but not recorded yet is proposed without it). Nothing changes until both provinces approve.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the change",
            content = @Content(schema = @Schema(implementation = ZoneChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[], or a zone code not agreed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone")
    @APIResponse(responseCode = "409", description = "Another change of the zone is still waiting")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the zone")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response propose(@Parameter(example = "gaozhu") @PathParam("code") String code,
                            @Parameter(description = "The zone's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ProposeZoneChangeRequest request) {
        if (request == null) {
            throw ProblemException.invalid("request", "a JSON body is required");
        }
        return created(changes.propose(caller.require(), code, ifMatch, request));
    }

    @GET
    @Path("{code}/changes/{id}")
    @Operation(operationId = "getZoneChange",
            summary = "Get a change", description = "The proposed and previous definitions, approvals so far "
            + "and the provinces still awaited.")
    @APIResponse(responseCode = "200", description = "The change",
            content = @Content(schema = @Schema(implementation = ZoneChangeView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such change of this zone")
    public ZoneChangeView change(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id) {
        caller.require();
        return changes.get(code, id);
    }

    @POST
    @Path("{code}/changes/{id}/approvals")
    @Operation(operationId = "approveZoneChange",
            summary = "Approve a change for the caller's province", description = "One approval per province; "
            + "proposing is not approving. The second province's approval applies the change at once (membership "
            + "from effectiveOn, or today if that has passed).")
    @APIResponse(responseCode = "200", description = "The change after the approval (APPLIED once both provinces "
            + "have approved)", content = @Content(schema = @Schema(implementation = ZoneChangeView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone")
    @APIResponse(responseCode = "404", description = "No such change of this zone")
    @APIResponse(responseCode = "409", description = "Already decided, the caller's province already approved, or "
            + "the definition no longer fits the division registry")
    public ZoneChangeView approve(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id) {
        ZoneChangeView decided = changes.approve(caller.require(), code, id);
        // Committed: a change in force today may have taken districts out of the zone, and their parks with them.
        departures.run();
        return decided;
    }

    @POST
    @Path("{code}/changes/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectZoneChange",
            summary = "Reject a change", description = "Either province may turn a waiting change down, with a "
            + "reason; the zone stays as it is.")
    @APIResponse(responseCode = "200", description = "The rejected change",
            content = @Content(schema = @Schema(implementation = ZoneChangeView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone")
    @APIResponse(responseCode = "404", description = "No such change of this zone")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ZoneChangeView reject(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id,
                                 RejectZoneChangeRequest request) {
        return changes.reject(caller.require(), code, id, request == null ? new RejectZoneChangeRequest(null) : request);
    }

    private static Response created(ZoneChangeView change) {
        return Response.created(URI.create("/api/zones/" + change.zone() + "/changes/" + change.id())).entity(change).build();
    }
}

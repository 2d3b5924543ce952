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
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.parks.divisions.DivisionCodes;
import org.chuanyu.parks.web.QueryParams;
import org.chuanyu.parks.web.Versioned;
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
 * the authority on which divisions belong to which zone. Changes go through proposals that need
 * one approval from each province.
 */
@Path("/api/zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint zones", description = "Zones administered by both provinces, their member divisions, and "
        + "two-province approval of changes")
@SecurityRequirement(name = "bearer")
public class ZoneResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    @Inject
    ZoneRegistry registry;
    @Inject
    ZoneProposals proposals;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(summary = "List joint zones", description = "Zones ordered by code, with their member divisions on "
            + "asOf. division= keeps the zones that division lies in (it, or a division containing it, is a member).")
    @APIResponse(responseCode = "200", description = "A page of zones")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ZoneView> list(
            @Parameter(description = "Date to show membership for (Asia/Shanghai); default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "GB/T 2260 code that must lie in the zone", example = "511623")
            @QueryParam("division") String division,
            @Parameter(description = "Part of the code or a name") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        if (division != null && !DivisionCodes.isWellFormed(division)) {
            throw ProblemException.invalid("division", DivisionCodes.MESSAGE);
        }
        return registry.list(QueryParams.asOf(asOf), division, q == null || q.isBlank() ? null : q.strip(),
                pageLimits.resolve(QueryParameters.wholeNumber("limit", limit)), cursor);
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Proposals of every zone", description = "Newest first; status=pending lists what waits "
            + "for approval, visible to both provinces.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ProposalView> allProposals(
            @Parameter(description = "pending, approved or rejected") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return proposals.list(null, QueryParams.choice("status", status, ProposalStatus.class, ProposalStatus::apiName),
                pageLimits.resolve(QueryParameters.wholeNumber("limit", limit)), cursor);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Get a joint zone", description = "The zone with its member divisions on asOf (names as "
            + "of that date), area shares, seconded staff, revenue sharing and approval documents.")
    @APIResponse(responseCode = "200", description = "The zone; ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = ZoneView.class)))
    @APIResponse(responseCode = "400", description = "A bad date",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "gaozhu") @PathParam("code") String code,
                        @Parameter(description = "Date to show membership for; default today") @QueryParam("asOf") String asOf) {
        caller.require();
        Versioned<ZoneView> zone = registry.get(code, QueryParams.asOf(asOf));
        return Response.ok(zone.body()).header(HttpHeaders.ETAG, ETags.of(zone.version())).build();
    }

    @GET
    @Path("{code}/proposals")
    @Operation(summary = "Proposals of a zone", description = "Newest first, optionally by status.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<ProposalView> proposals(
            @Parameter(example = "gaozhu") @PathParam("code") String code,
            @Parameter(description = "pending, approved or rejected") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return proposals.list(code, QueryParams.choice("status", status, ProposalStatus.class, ProposalStatus::apiName),
                pageLimits.resolve(QueryParameters.wholeNumber("limit", limit)), cursor);
    }

    @POST
    @Path("{code}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a change (or a new zone)", description = "Proposes the zone's whole definition. "
            + "For a province-admin of a province taking part, or a cross-province-admin administering the zone. "
            + "A recorded zone needs its ETag in If-Match; a new zone's code must be agreed in the platform "
            + "configuration. Nothing changes until both provinces approve.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[], or a zone code not agreed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another proposal for the zone is still waiting",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response propose(@Parameter(example = "gaozhu") @PathParam("code") String code,
                            @Parameter(description = "The zone's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ProposeZoneRequest request) {
        if (request == null) {
            throw ProblemException.invalid("request", "a JSON body is required");
        }
        ProposalView proposal = proposals.propose(caller.require(), code, ifMatch, request);
        return Response.created(URI.create("/api/zones/" + code + "/proposals/" + proposal.id())).entity(proposal).build();
    }

    @GET
    @Path("{code}/proposals/{id}")
    @Operation(summary = "Get a proposal", description = "The proposed and previous definitions, approvals so far "
            + "and the provinces still awaited.")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such proposal for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProposalView proposal(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id) {
        caller.require();
        return proposals.get(code, id);
    }

    @POST
    @Path("{code}/proposals/{id}/approvals")
    @Operation(summary = "Approve a proposal for the caller's province", description = "One approval per province; "
            + "the second province's approval puts the proposal in force at once (membership from effectiveOn, or "
            + "today if that has passed).")
    @APIResponse(responseCode = "200", description = "The proposal after the approval (status approved once both "
            + "provinces have approved)", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such proposal for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, the caller's province already approved, or "
            + "the definition no longer fits the division registry",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProposalView approve(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id) {
        return proposals.approve(caller.require(), code, id);
    }

    @POST
    @Path("{code}/proposals/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a proposal", description = "Either province may turn a waiting proposal down, "
            + "with a reason; the zone stays as it is.")
    @APIResponse(responseCode = "200", description = "The rejected proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not sign for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such proposal for this zone",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProposalView reject(@Parameter(example = "gaozhu") @PathParam("code") String code, @PathParam("id") long id,
                               RejectProposalRequest request) {
        return proposals.reject(caller.require(), code, id,
                request == null ? new RejectProposalRequest(null) : request);
    }
}

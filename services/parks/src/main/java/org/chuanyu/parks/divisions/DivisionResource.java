package org.chuanyu.parks.divisions;

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
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.jurisdiction.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;

/**
 * {@code /api/divisions}: the GB/T 2260 registry. Every authenticated caller reads it, as of any
 * date; a province's admins record its divisions and their changes.
 */
@Path("/api/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Administrative divisions (GB/T 2260) as effective-dated reference data")
@SecurityRequirement(name = "bearer")
public class DivisionResource {

    @Inject
    BusinessClock businessClock;

    private static final String AS_OF = "The date to read the registry at (Asia/Shanghai); default today";

    @Inject
    DivisionRegistry registry;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(operationId = "listDivisions",
            summary = "List divisions", description = "Divisions valid on asOf, ordered by code, one page at a "
            + "time. Filters combine: province (realm name), level, parent code, and q (part of a name, or the start "
            + "of a code).")
    @APIResponse(responseCode = "200", description = "A page of divisions")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<DivisionView> list(
            @Parameter(description = AS_OF, example = "2026-01-31") @QueryParam("asOf") String asOf,
            @Parameter(description = "sichuan or chongqing") @QueryParam("province") String province,
            @Parameter(description = "PROVINCE, CITY or COUNTY") @QueryParam("level") String level,
            @Parameter(description = "Code of the parent division", example = "511600") @QueryParam("parent") String parent,
            @Parameter(description = "Part of a Chinese or English name, or the start of a code") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        if (parent != null && !DivisionCodes.isWellFormed(parent)) {
            throw ProblemException.invalid("parent", DivisionCodes.MESSAGE);
        }
        DivisionQuery query = new DivisionQuery(QueryParameters.asOf(asOf, businessClock),
                QueryParameters.choice("province", province, Province.class, Province::realm),
                QueryParameters.choice("level", level, DivisionLevel.class, DivisionLevel::name),
                parent, q == null || q.isBlank() ? null : q.strip());
        return registry.list(query, pageLimits.request(cursor, limit));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getDivision",
            summary = "Get a division", description = "The division as it was on asOf; without asOf, its latest "
            + "period, which tells when an abolished code ended and which divisions succeeded it.")
    @APIResponse(responseCode = "200", description = "The division; ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "400", description = "Not a division code, or a bad date")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "Unknown code, or not valid on asOf")
    public Response get(@Parameter(example = "511623") @PathParam("code") String code,
                        @Parameter(description = "The date to read the division at; default: its latest period")
                        @QueryParam("asOf") String asOf) {
        caller.require();
        LocalDate date = QueryParameters.date("asOf", asOf);
        return ok(registry.get(code, date)).build();
    }

    @GET
    @Path("{code}/history")
    @Operation(operationId = "getDivisionHistory",
            summary = "History of a division", description = "Every period of the code, the changes recorded "
            + "for it, and the changes of other divisions whose territory passed to it.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = DivisionHistoryView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "Unknown code")
    public DivisionHistoryView history(@Parameter(example = "500112") @PathParam("code") String code) {
        caller.require();
        return registry.history(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "establishDivision",
            summary = "Establish a division", description = "Records a code coming into use. For a province-admin "
            + "or cross-province-admin of the code's province. The parent is the nearest prefecture or province valid "
            + "on validFrom.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin of the code's province")
    @APIResponse(responseCode = "409", description = "The code is already in use on that date")
    public Response establish(EstablishDivisionRequest request) {
        Versioned<DivisionView> established = registry.establish(caller.require(), requireBody(request));
        return ok(established).status(Response.Status.CREATED)
                .location(URI.create("/api/divisions/" + established.body().code())).build();
    }

    @POST
    @Path("changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restructureDivisions",
            summary = "Record a restructuring", description = "Abolishes the ended divisions and establishes the "
            + "new ones on effectiveOn, in one step: either all of it is recorded or none. The successors (default: "
            + "the established divisions) take over the ended ones' territory. For a province-admin or "
            + "cross-province-admin of the province all the codes belong to.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RestructuringView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin of the codes' province")
    @APIResponse(responseCode = "409", description = "A step would edit history (e.g. a code already in use, or a city "
            + "whose counties stay valid); nothing was recorded")
    public Response restructure(RestructureDivisionsRequest request) {
        RestructuringView recorded = registry.restructure(caller.require(), requireBody(request));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("{code}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDivisionChange",
            summary = "Record a change", description = "Records that the division was renamed, abolished (its "
            + "successors take over) or gave territory to other divisions, from effectiveOn. Only after the current "
            + "period began: history is never edited. For a province-admin or cross-province-admin of the code's "
            + "province, with the division's ETag in If-Match.")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the division's latest period, the ETag "
            + "its new version", content = @Content(schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin of the code's province")
    @APIResponse(responseCode = "404", description = "Unknown code")
    @APIResponse(responseCode = "409", description = "The change would edit history, or the division has ended")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response recordChange(@Parameter(example = "500112") @PathParam("code") String code,
                                 @Parameter(description = "The division's ETag") @HeaderParam(HttpHeaders.IF_MATCH)
                                 String ifMatch,
                                 DivisionChangeRequest request) {
        Versioned<DivisionView> changed = registry.recordChange(caller.require(), code, ifMatch, requireBody(request));
        return ok(changed).status(Response.Status.CREATED).location(URI.create("/api/divisions/" + code)).build();
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw ProblemException.invalid("request", "a JSON body is required");
        }
        return body;
    }

    private static Response.ResponseBuilder ok(Versioned<DivisionView> versioned) {
        return Response.ok(versioned.body()).header(HttpHeaders.ETAG, ETags.of(versioned.version()));
    }
}

package org.chuanyu.commonhandling.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** 川渝通办 cases: intake, the work queue, transitions and the timeline. */
@Path("/api/common-handling/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class CaseResource {

    @Inject
    CaseDesk desk;
    @Inject
    CaseQueue queue;

    @POST
    @Operation(operationId = "submitCase",
            summary = "Submit a case", description = "By a clerk of the accepting district, or by an external system "
            + "for its own districts. With Idempotency-Key, a retried submission returns the first result; the same key "
            + "with a different body answers 422.")
    @APIResponse(responseCode = "201", description = "Filed; ETag is its version", content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "200", description = "Already filed under this Idempotency-Key", content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (identifiers, districts, item)")
    @APIResponse(responseCode = "403", description = "The caller may not file cases at that district")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response submit(@HeaderParam("Idempotency-Key") @Parameter(description = "Client-chosen key, scoped to the "
                                   + "caller: 1 to 255 visible ASCII characters", example = "3f1c2a9e-8d4b-4e57-9a61-0c2f7b5d1e88",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH,
                                           pattern = IdempotencyKeys.PATTERN))
                           String idempotencyKey, CaseApi.Submission submission) {
        CaseDesk.Filed filed = desk.submit(submission, idempotencyKey);
        Response.ResponseBuilder r = filed.replayed() ? Response.ok(filed.view())
                : Response.created(URI.create("/api/common-handling/cases/" + filed.view().number())).entity(filed.view());
        return r.tag(etag(filed.view())).build();
    }

    @GET
    @Operation(operationId = "listCases",
            summary = "Work queue", description = "Cases the caller may see through their accepting or handling "
            + "scope (an external system: its own), nearest deadline first; identifiers masked.")
    public Page<CaseApi.View> list(@QueryParam("status") String status, @QueryParam("item") String item,
                                   @QueryParam("acceptingDistrict") String acceptingDistrict,
                                   @QueryParam("handlingDistrict") String handlingDistrict,
                                   @QueryParam("overdue") String overdue,
                                   @QueryParam("dueBefore") @Parameter(description = "ISO date") String dueBefore,
                                   @QueryParam("q") @Parameter(description = "Part of a case number") String q,
                                   @QueryParam("assignee") @Parameter(description = "me: cases the caller has a side of; "
                                           + "none: cases with a side nobody has that the caller could take",
                                           schema = @Schema(enumeration = {"me", "none"})) String assignee,
                                   @QueryParam("side") @Parameter(description = "With assignee: only this side",
                                           schema = @Schema(implementation = AssignedSide.class)) String side,
                                   @QueryParam("level") @Parameter(description = "Only cases with this warning light",
                                           schema = @Schema(implementation = SupervisionRules.Level.class)) String level,
                                   @QueryParam("applicant") @Parameter(description = "The applicant's whole name; "
                                           + "matches only cases the caller acts on as a side (those it sees unmasked), "
                                           + "none elsewhere", example = "张三") String applicant,
                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return queue.list(new CaseQueue.Filter(status, item, acceptingDistrict, handlingDistrict, overdue, dueBefore, q,
                assignee, side, level, applicant), cursor, limit);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getCase",
            summary = "One case", description = "Identifiers in full only for the accepting and handling scopes and "
            + "the submitting system.")
    @APIResponse(responseCode = "200", description = "The case; ETag is its version", content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    public Response get(@PathParam("number") String number) {
        CaseApi.View v = desk.get(number);
        return Response.ok(v).tag(etag(v)).build();
    }

    @POST
    @Path("{number}/transitions")
    @Operation(operationId = "transitionCase",
            summary = "Act on a case", description = "accept, reject at intake, forward, start review, request "
            + "supplement, approve, deny, deliver, withdraw; If-Match required. 409 names the actions allowed now.")
    @APIResponse(responseCode = "200", description = "Done; the case as it now stands", content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "403", description = "The caller may read but not act on this case")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Not possible in the case's status")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response transition(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                               CaseApi.Transition transition) {
        CaseApi.View v = desk.transition(number, transition, ifMatch);
        return Response.ok(v).tag(etag(v)).build();
    }

    @POST
    @Path("{number}/supplements")
    @Operation(operationId = "supplementCase",
            summary = "Supplemented materials arrived", description = "Resumes the case where the supplement "
            + "request interrupted it; the statutory clock runs again from the next working day.")
    @APIResponse(responseCode = "200", description = "Resumed; the case as it now stands",
            content = @Content(schema = @Schema(implementation = CaseApi.View.class)))
    @APIResponse(responseCode = "409", description = "The case is not waiting for a supplement")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response supplement(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                               CaseApi.Transition transition) {
        CaseApi.Transition arrived = new CaseApi.Transition(CaseAction.SUPPLEMENT_ARRIVED, null, null,
                transition == null ? null : transition.materials(), null, transition == null ? null : transition.comment());
        CaseApi.View v = desk.transition(number, arrived, ifMatch);
        return Response.ok(v).tag(etag(v)).build();
    }

    @GET
    @Path("{number}/timeline")
    @Operation(operationId = "getCaseTimeline",
            summary = "Timeline", description = "Every change of the case, oldest first (append-only).")
    public List<CaseApi.Event> timeline(@PathParam("number") String number) {
        return desk.events(number);
    }

    @GET
    @Path("{number}/timeline/verify")
    @Operation(operationId = "verifyCaseTimeline",
            summary = "Verify the timeline", description = "Recomputes the case's HMAC chain; names the first "
            + "event that fails.")
    public CaseApi.Verification verify(@PathParam("number") String number) {
        return desk.verify(number);
    }

    private static EntityTag etag(CaseApi.View v) {
        return EntityTag.valueOf(ETags.of(v.version()));
    }
}

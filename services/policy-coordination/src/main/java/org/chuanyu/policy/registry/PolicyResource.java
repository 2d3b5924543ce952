package org.chuanyu.policy.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.policy.versions.VersionDiff;
import org.chuanyu.policy.versions.VersionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/policies")
@Tag(name = "Policies", description = "Both provinces' policies, their versions, and joint policies' approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    PolicyRegistry registry;
    @Inject
    PolicyHistory history;

    @GET
    @Operation(operationId = "listPolicies",
            summary = "List policies", description = "Published policies and joint policies in force of both provinces, "
            + "plus the drafts of the caller's province and joint drafts; filters combine with AND; ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of policies (texts omitted)")
    @APIResponse(responseCode = "400", description = "An invalid filter, limit or cursor")
    public Page<PolicyView> list(@BeanParam PolicyFilter filter, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit) {
        return registry.list(filter, cursor, QueryParameters.wholeNumber("limit", limit));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPolicy",
            summary = "Get a policy", description = "With its text; the ETag is its record version.")
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), registry.get(id(id)));
    }

    @POST
    @Operation(operationId = "createPolicy",
            summary = "Draft a policy", description = "A province-admin drafts a policy of its province; a "
            + "province-admin or cross-province-admin proposes a joint policy (joint: true). The issuing province is the caller's.")
    @APIResponse(responseCode = "201", description = "Drafted as version 1",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "The caller may not issue policies")
    @APIResponse(responseCode = "409", description = "The document number is taken")
    public Response create(PolicyRequest request) {
        PolicyView view = registry.create(request);
        return withETag(Response.created(URI.create("/api/policies/" + view.id())), view);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updatePolicy",
            summary = "Change a policy's content", description = "Needs If-Match. A changed content becomes a new "
            + "version; a changed joint policy needs both provinces' approvals again (back to DRAFT if it was IN_FORCE).")
    @APIResponse(responseCode = "200", description = "Changed (or unchanged when the content is the same)",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "Visible, but not the caller's to change")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    @APIResponse(responseCode = "409", description = "Expired or repealed, or the document number is taken")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, PolicyRequest request) {
        return withETag(Response.ok(), registry.update(id(id), request, ifMatch));
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "changePolicyStatus",
            summary = "Publish, expire or repeal a policy", description = "DRAFT → PUBLISHED (a province's own "
            + "policies), PUBLISHED or IN_FORCE → EXPIRED or REPEALED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "403", description = "Visible, but not the caller's to change")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    @APIResponse(responseCode = "409", description = "Not a move the policy's status allows")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response changeStatus(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange change) {
        return withETag(Response.ok(), registry.changeStatus(id(id), change, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deletePolicy", summary = "Delete a draft", description = "Only drafts; needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Visible, but not the caller's to change")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        registry.delete(id(id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/approvals")
    @Operation(operationId = "approveJointPolicy",
            summary = "Approve a joint policy for the caller's province", description = "A province-admin or "
            + "cross-province-admin approves the current version for its province; with one approval from each province "
            + "the policy is IN_FORCE. A second approval from the same province is refused. Optional body {\"version\": n} "
            + "refuses the approval (409) when the policy has changed since it was read.")
    @APIResponse(responseCode = "200", description = "Approved; the policy with its approvals",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    @APIResponse(responseCode = "409", description = "Not a joint draft, already approved by this province, or another version")
    public Response approve(@PathParam("id") String id, ApprovalRequest request) {
        return withETag(Response.ok(), registry.approve(id(id), request == null ? null : request.version()));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(operationId = "rejectJointPolicy",
            summary = "Reject a joint policy's current version for the caller's province", description = "A "
            + "province-admin or cross-province-admin whose province has not approved the current version of a joint "
            + "draft turns it down, with a reason: the policy shows the rejection (province, who, when, version, "
            + "reason), awaits nobody, and approvals of that version are refused (409). A new version (a change of the "
            + "content, PUT) needs both provinces again and clears it. Optional version refuses the rejection (409) "
            + "when the policy has changed since it was read.")
    @APIResponse(responseCode = "200", description = "Rejected; the policy with its rejection",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing, blank or longer than 2,000 characters")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    @APIResponse(responseCode = "409", description = "Not a joint draft, another version, already approved by this "
            + "province, or already rejected")
    public Response reject(@PathParam("id") @Parameter(description = "The policy's id", example = "42") String id,
                           RejectionRequest request) {
        return withETag(Response.ok(), registry.reject(id(id), request));
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listPolicyVersions",
            summary = "A policy's versions", description = "Every version of its content, oldest first, written "
            + "as it is read: a policy may have many versions of up to 50,000 characters each.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such policy, or a draft of the other province")
    public Response versions(@PathParam("id") String id) {
        long policyId = history.requireVersionsVisible(id(id));
        StreamingOutput body = out -> history.writeVersions(policyId, json.getFactory().createGenerator(out));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/versions/{a}/diff/{b}")
    @Operation(operationId = "diffPolicyVersions",
            summary = "What changed between two versions", description = "A line diff of the text and a field diff "
            + "of the structured parts (applicability, benefits, validity, titles, …).")
    @APIResponse(responseCode = "200", description = "The differences")
    @APIResponse(responseCode = "404", description = "No such policy or version")
    public VersionDiff diff(@PathParam("id") String id, @PathParam("a") String a, @PathParam("b") String b) {
        long policy = id(id);
        return history.diff(policy, number(a), number(b));
    }

    private static Response withETag(Response.ResponseBuilder builder, PolicyView view) {
        return builder.entity(view).tag(jakarta.ws.rs.core.EntityTag.valueOf(ETags.of(view.recordVersion()))).build();
    }

    /** A path id that is not a number names no policy: 404 like any unknown id. */
    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Policy");
        }
    }

    private static int number(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Version");
        }
    }
}

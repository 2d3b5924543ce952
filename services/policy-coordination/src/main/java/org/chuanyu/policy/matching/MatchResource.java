package org.chuanyu.policy.matching;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/policies/matches")
@Tag(name = "Matching", description = "政策寻企: the policies that apply to a project, and those that nearly do")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    BusinessClock businessClock;

    @Inject
    PolicyMatching matching;
    @Inject
    ProjectProfiles projects;

    @GET
    @Operation(operationId = "matchPoliciesForProject",
            summary = "Policies for a project", description = "Reads the project from the projects service with the "
            + "caller's token, then matches it like POST does.")
    @APIResponse(responseCode = "200", description = "Applicable policies and near misses")
    @APIResponse(responseCode = "400", description = "projectId missing, or a bad asOf")
    @APIResponse(responseCode = "404", description = "No such project, or not visible to the caller")
    @APIResponse(responseCode = "503", description = "The projects service cannot be reached")
    public Matches forProject(@QueryParam("projectId") @Parameter(description = "Project id", required = true) String projectId,
                              @QueryParam("asOf") @Parameter(description = "Day the policies must be valid on; today by default") String asOf,
                              @HeaderParam("Authorization") String authorization) {
        if (projectId == null || projectId.isBlank()) {
            throw ProblemException.invalid("projectId", "is required");
        }
        var on = QueryParameters.asOf(asOf, businessClock);
        // The remote call comes before the transaction, which it should not hold open.
        Profile profile = projects.of(projectId.strip(), authorization);
        return matching.match(profile, on);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "matchPoliciesForProfile",
            summary = "Policies for a profile", description = "Every policy in effect whose conditions all hold "
            + "(with a reason per condition and its benefits), and the near misses failing exactly one condition.")
    @APIResponse(responseCode = "200", description = "Applicable policies and near misses")
    @APIResponse(responseCode = "400", description = "Invalid profile fields, listed in errors[]")
    public Matches forProfile(@QueryParam("asOf") @Parameter(description = "Day the policies must be valid on; today by default") String asOf,
                              Profile profile) {
        return matching.match(profile, QueryParameters.asOf(asOf, businessClock));
    }
}

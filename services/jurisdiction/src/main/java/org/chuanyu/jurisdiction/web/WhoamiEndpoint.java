package org.chuanyu.jurisdiction.web;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET …/whoami}: echoes the caller. Each service subclasses it under its own path
 * (e.g. {@code @Path("/api/parks/whoami")}) so that every service serves its paths itself.
 */
@Authenticated
public abstract class WhoamiEndpoint {

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I", description = "The caller's province (from the token's issuer), roles, "
            + "districts and joint zones, as this service enforces them.")
    @APIResponse(responseCode = "200", description = "The caller")
    // Every service serves whoami, so this reference puts the Problem schema into every service's components,
    // where ProblemResponsesInTheDocument points every error answer.
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirement(name = "bearer")
    public CallerView whoami() {
        return CallerView.of(caller.require());
    }
}

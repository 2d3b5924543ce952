package org.chuanyu.jurisdiction.web;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @SecurityRequirement(name = "bearer")
    public CallerView whoami() {
        return CallerView.of(caller.require());
    }
}

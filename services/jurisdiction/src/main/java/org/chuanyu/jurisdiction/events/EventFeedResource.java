package org.chuanyu.jurisdiction.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET …/events}: a service's outbox as a feed for the platform's relay. Each service subclasses it under its
 * own path (e.g. {@code @Path("/api/parks/events")}); the operation gets a name per service in the document
 * ({@code TokensInTheDocument}), as whoami does.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class EventFeedResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "Read this service's event feed (the platform's relay only)", description = Outbox.FEED_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Events after the position; nextCursor is absent when none are left")
    @APIResponse(responseCode = "400", description = "after or limit is not a whole number in range")
    @APIResponse(responseCode = "403", description = "The caller is not the platform's relay")
    public Page<CloudEvent> after(
            @QueryParam("after") @Parameter(description = Outbox.AFTER, example = "0") String after,
            @QueryParam("limit") @Parameter(description = Outbox.LIMIT) String limit) {
        return outbox.after(after, limit);
    }
}

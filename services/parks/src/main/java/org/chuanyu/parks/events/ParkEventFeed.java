package org.chuanyu.parks.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.events.CloudEvent;
import org.chuanyu.jurisdiction.events.Outbox;
import org.chuanyu.jurisdiction.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parks outbox as a feed for the platform's relay (projects follows park moves; the notifications service reads every event). */
@Path("/api/parks/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "Parks, their details, area history and designations")
public class ParkEventFeed {

    @Inject
    Outbox outbox;

    @GET
    @Operation(operationId = "listParkEvents", summary = "Read the parks event feed (the platform's relay only)",
            description = Outbox.FEED_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Events after the position; nextCursor is absent when none are left")
    @APIResponse(responseCode = "400", description = "after or limit is not a whole number in range")
    @APIResponse(responseCode = "403", description = "The caller is not the platform's relay")
    public Page<CloudEvent> after(
            @QueryParam("after") @Parameter(description = Outbox.AFTER, example = "0") String after,
            @QueryParam("limit") @Parameter(description = Outbox.LIMIT) String limit) {
        return outbox.after(after, limit);
    }
}

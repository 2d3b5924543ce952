package org.chuanyu.parks.events;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.events.EventFeedResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parks outbox as a feed for the platform's relay (projects follows park moves; the notifications service reads every event). */
@Path("/api/parks/events")
@Tag(name = "Parks", description = "Parks, their details, area history and designations")
public class ParkEventFeed extends EventFeedResource {
}

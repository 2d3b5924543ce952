package org.chuanyu.projects.events;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.events.EventFeedResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projects outbox as a feed for the platform's relay (the notifications service reads every event). */
@Path("/api/projects/events")
@Tag(name = "Projects", description = "Investment and industrial-transfer projects")
public class ProjectEventFeed extends EventFeedResource {
}

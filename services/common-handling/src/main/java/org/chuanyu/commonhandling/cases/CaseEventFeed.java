package org.chuanyu.commonhandling.cases;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.events.EventFeedResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The common-handling outbox as a feed for the platform's relay (the notifications service reads every event). */
@Path("/api/common-handling/events")
@Tag(name = "Cases", description = "Cross-province cases from acceptance to delivery")
public class CaseEventFeed extends EventFeedResource {
}

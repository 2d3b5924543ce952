package org.chuanyu.policy.events;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.events.EventFeedResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policy-coordination outbox as a feed for the platform's relay (the notifications service reads every event). */
@Path("/api/policies/events")
@Tag(name = "Policies", description = "Both provinces' policies, their versions, and joint policies' approvals")
public class PolicyEventFeed extends EventFeedResource {
}

package org.chuanyu.notifications.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/notifications/event-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Event types, webhook subscriptions and their deliveries")
public class EventTypesResource {

    @Inject
    EventCatalogue catalogue;

    @GET
    @Operation(operationId = "listEventTypes", summary = "List the platform's event types",
            description = "Every type of CloudEvent the services emit, with the JSON Schema of its data. data is thin "
                    + "(identifiers, the record's scopes, what changed, the record's URL) and never holds personal data.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<EventType> list() {
        return catalogue.all();
    }
}

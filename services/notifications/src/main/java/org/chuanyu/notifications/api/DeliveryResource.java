package org.chuanyu.notifications.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.chuanyu.notifications.delivery.DeliveryDesk;
import org.chuanyu.notifications.delivery.DeliveryView;

@Path("/api/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Event types, webhook subscriptions and their deliveries")
public class DeliveryResource {

    @Inject
    DeliveryDesk desk;

    @POST
    @Path("{id}/redeliver")
    @Operation(operationId = "redeliver", summary = "Send a delivery again",
            description = "Whether it was delivered, failed or dead: it is pending again and sent soon, with the same "
                    + "webhook-id (a receiver that keeps the ids it processed ignores it if it had it).")
    @APIResponse(responseCode = "202", description = "Pending again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery of the caller's subscriptions")
    public Response redeliver(@PathParam("id") @Parameter(description = "The delivery's id") String id) {
        return Response.accepted(desk.redeliver(id)).build();
    }
}

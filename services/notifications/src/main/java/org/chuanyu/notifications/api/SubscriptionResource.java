package org.chuanyu.notifications.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.notifications.delivery.DeliveryDesk;
import org.chuanyu.notifications.delivery.DeliveryView;
import org.chuanyu.notifications.subscriptions.SubscriptionDesk;
import org.chuanyu.notifications.subscriptions.SubscriptionRequest;
import org.chuanyu.notifications.subscriptions.SubscriptionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Webhook subscriptions: made, read, rotated and deleted by their owner only. */
@Path("/api/notifications/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Event types, webhook subscriptions and their deliveries")
public class SubscriptionResource {

    @Inject
    SubscriptionDesk desk;
    @Inject
    DeliveryDesk deliveries;
    @Inject
    PageLimits limits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a callback to event types",
            description = "External systems (for the cases they filed), province-admins and cross-province-admins "
                    + "subscribe. Each event is delivered only if the owner may read its record at the time of "
                    + "delivery. The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Subscribed; secret holds the signing secret (never shown again)",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid: callbackUrl not https or internal, "
            + "an unknown event type")
    @APIResponse(responseCode = "403", description = "The caller may not hold subscriptions")
    @APIResponse(responseCode = "409", description = "The account holds the most subscriptions it may")
    public Response create(SubscriptionRequest request) {
        SubscriptionView created = desk.create(request);
        return Response.created(URI.create("/api/notifications/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List the caller's own subscriptions",
            description = "Oldest first; an account holds at most 100. Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "The caller's subscriptions")
    public List<SubscriptionView> mine() {
        return desk.mine();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "Read one of the caller's subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription, with its status and why it was suspended")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public SubscriptionView get(@PathParam("id") @Parameter(description = "The subscription's id") String id) {
        return desk.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSubscription", summary = "Delete a subscription",
            description = "Nothing more is sent to it, and its delivery record goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public void delete(@PathParam("id") @Parameter(description = "The subscription's id") String id) {
        desk.delete(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Give a subscription a new signing secret",
            description = "The answer carries the new secret, shown this once. The previous secret keeps signing "
                    + "alongside it for 24 hours (webhook-signature then holds two entries), so a receiver can switch "
                    + "without losing a message.")
    @APIResponse(responseCode = "200", description = "Rotated; secret holds the new signing secret")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public SubscriptionView rotate(@PathParam("id") @Parameter(description = "The subscription's id") String id) {
        return desk.rotate(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeSubscription", summary = "Resume a suspended subscription",
            description = "Deliveries start again; what arrived while it was suspended is sent by POST …/replay.")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public SubscriptionView resume(@PathParam("id") @Parameter(description = "The subscription's id") String id) {
        return desk.resume(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listDeliveries", summary = "List a subscription's deliveries, newest first",
            description = "Each with its attempts, the last HTTP status and error, and when it is tried next. Only "
                    + "events whose record the owner could read are here.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "status, cursor or limit is not valid")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public Page<DeliveryView> deliveries(
            @PathParam("id") @Parameter(description = "The subscription's id") String id,
            @QueryParam("status") @Parameter(description = "Only these: pending, delivered, failed (retrying) or dead",
                    schema = @Schema(enumeration = {"pending", "delivered", "failed", "dead"})) String status,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "At most this many, 1–500 (default 50)") String limit) {
        DeliveryView.State state = QueryParameters.choice("status", status, DeliveryView.State.class,
                s -> s.name().toLowerCase(Locale.ROOT));
        return deliveries.list(id, state, limits.request(cursor, limit));
    }

    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayDeliveries", summary = "Send again everything since a time",
            description = "For a receiver that lost data: every event since the time that the subscription asks for "
                    + "and its owner may read now is pending again (or for the first time), in order; at most 10,000 "
                    + "per call.")
    @APIResponse(responseCode = "202", description = "How many events will be sent",
            content = @Content(schema = @Schema(implementation = Replay.class)))
    @APIResponse(responseCode = "400", description = "since is missing, not a time, or reaches back too far")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public Response replay(@PathParam("id") @Parameter(description = "The subscription's id") String id,
                           @QueryParam("since") @Parameter(description = "An ISO 8601 time with offset",
                                   example = "2026-12-01T00:00:00+08:00", required = true) String since) {
        if (since == null || since.isBlank()) {
            throw ProblemException.invalid("since", "is required: an ISO 8601 time such as 2026-12-01T00:00:00+08:00");
        }
        Instant from;
        try {
            from = OffsetDateTime.parse(since.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("since", "must be an ISO 8601 time with offset, such as 2026-12-01T00:00:00+08:00");
        }
        return Response.accepted(new Replay(deliveries.replay(id, from))).build();
    }

    @Schema(description = "What a replay will send", example = "{\"replayed\":12}")
    public record Replay(@Schema(description = "Events pending again for the subscription", example = "12") int replayed) {
    }
}

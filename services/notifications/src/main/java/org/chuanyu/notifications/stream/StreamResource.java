package org.chuanyu.notifications.stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.notifications.catalogue.EventCatalogue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

@Path("/api/notifications/stream")
@Tag(name = "Notifications", description = "Event types, webhook subscriptions and their deliveries")
public class StreamResource {

    @Inject
    CurrentCaller currentCaller;
    @Inject
    JsonWebToken token;
    @Inject
    LiveStreams streams;
    @Inject
    EventCatalogue catalogue;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "Follow the platform's events live (Server-Sent Events)",
            description = "For a signed-in person's screen: each event whose record the caller may read, as it is taken "
                    + "in, as an SSE event (id: a position to resume from with Last-Event-ID, event: the type, data: the "
                    + "CloudEvent). Read it with fetch and the bearer header (EventSource cannot send one). A comment "
                    + "every few seconds keeps the connection alive; the stream ends with a token-expired event when "
                    + "the token expires.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "id: 42\nevent: cn.chuanyu.common-handling.case.status-changed\ndata: {\"specversion\":\"1.0\"}\n\n")))
    @APIResponse(responseCode = "400", description = "types names an unknown event type, or Last-Event-ID is not a position")
    @APIResponse(responseCode = "403", description = "The platform's relay has no stream")
    @APIResponse(responseCode = "503", description = "This instance has as many streams open as it serves; try again")
    public void stream(@QueryParam("types") @Parameter(description = "Only these event types, comma-separated "
                               + "(default: all)") String types,
                       @HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last event received, "
                               + "to resume after a reconnect") String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        Caller caller = currentCaller.require();
        if (caller.isRelay()) {
            throw ProblemException.forbidden("The relay reads feeds, not the live stream");
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (types != null && !types.isBlank()) {
            Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(wanted::add);
            for (String t : wanted) {
                if (!catalogue.knows(t)) {
                    throw ProblemException.invalid("types", t + " is not an event type of the platform");
                }
            }
        }
        Long resume = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                resume = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("Last-Event-ID", "must be the id of an event this stream sent");
            }
            if (resume < 0) {
                throw ProblemException.invalid("Last-Event-ID", "must be the id of an event this stream sent");
            }
        }
        Instant until = Instant.ofEpochSecond(token.getExpirationTime());
        if (!streams.open(caller, wanted, sink, sse, until, resume)) {
            throw ProblemException.unavailable("This instance serves as many live streams as it can; try again shortly");
        }
    }
}

package org.chuanyu.parks.events;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The parks outbox as a feed for the platform's relay, so that services keeping a copy of a park's scope
 * (projects) follow it. People and external systems are refused: their news comes through the notifications
 * service, filtered by what each may read.
 */
@Path("/api/parks/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "Parks, their details, area history and designations")
public class ParkEventFeed {

    static final String SOURCE = "/api/parks";

    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits limits;

    @GET
    @Transactional
    @Operation(operationId = "listParkEvents",
            summary = "Read the parks event feed (the platform's relay only)", description = "Events after a "
            + "position, oldest first: today " + ParkEvents.PARK_MOVED + " whenever a park's district or zone "
            + "changes. Positions are in commit order, so a reader that remembers the last one it applied misses "
            + "nothing. Only the platform-relay account may read it.")
    @APIResponse(responseCode = "200", description = "Events after the position; nextCursor is absent when none are left")
    @APIResponse(responseCode = "400", description = "after or limit is not a whole number in range")
    @APIResponse(responseCode = "403", description = "The caller is not the platform's relay")
    public Page<ParkEventView> after(
            @QueryParam("after") @Parameter(description = "Position of the last event already read (0 for the start)",
                    example = "0") String after,
            @QueryParam("limit") @Parameter(description = "At most this many events, 1–500 (default 50)") String limit) {
        if (!caller.require().isRelay()) {
            throw ProblemException.forbidden("The event feed is read by the platform's relay only");
        }
        Integer from = QueryParameters.wholeNumber("after", after);
        if (from != null && from < 0) {
            throw ProblemException.invalid("after", "must be 0 or a position the feed answered");
        }
        int size = limits.resolve(QueryParameters.wholeNumber("limit", limit));
        List<ParkEvent> events = ParkEvent.<ParkEvent>find("position > ?1 order by position", from == null ? 0L : (long) from)
                .range(0, size).list();
        List<ParkEventView> items = events.stream().limit(size).map(this::view).toList();
        String next = events.size() > size ? Long.toString(events.get(size - 1).position) : null;
        return new Page<>(items, next);
    }

    private ParkEventView view(ParkEvent e) {
        return new ParkEventView(e.position, "1.0", e.id.toString(), SOURCE, e.type, e.subject,
                BusinessDates.at(e.occurredAt), MediaType.APPLICATION_JSON, e.data);
    }
}

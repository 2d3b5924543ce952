package org.chuanyu.parks.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A CloudEvent 1.0 of the parks service, with its position in the feed. */
@Schema(description = "A CloudEvent 1.0 (structured JSON) from the parks outbox, with its position in commit order",
        example = ParkEventView.EXAMPLE)
public record ParkEventView(
        @Schema(description = "Position in the feed, increasing in commit order; ask for the next ones with after=",
                example = "42") long position,
        @Schema(description = "CloudEvents version", example = "1.0") String specversion,
        @Schema(description = "Unique event id", example = "4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10") String id,
        @Schema(description = "Who emitted it", example = "/api/parks") String source,
        @Schema(description = "Event type", example = ParkEvents.PARK_MOVED) String type,
        @Schema(description = "The park's code", example = "gaozhu-yubei-park") String subject,
        @Schema(description = "When the change committed", example = "2026-12-02T09:30:00+08:00") OffsetDateTime time,
        @Schema(description = "Media type of data", example = "application/json") String datacontenttype,
        @Schema(description = "For park.moved: code, reason (EDITED or LEFT_ZONE), url, and from/to scopes "
                + "({province, district, zone}); no personal data",
                example = "{\"code\":\"gaozhu-yubei-park\",\"reason\":\"EDITED\",\"url\":\"/api/parks/gaozhu-yubei-park\","
                        + "\"from\":{\"province\":\"chongqing\",\"district\":\"500112\",\"zone\":\"gaozhu\"},"
                        + "\"to\":{\"province\":\"chongqing\",\"district\":\"500112\",\"zone\":null}}")
        JsonNode data) {

    static final String EXAMPLE = "{\"position\":42,\"specversion\":\"1.0\","
            + "\"id\":\"4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10\",\"source\":\"/api/parks\",\"type\":\""
            + ParkEvents.PARK_MOVED + "\",\"subject\":\"gaozhu-yubei-park\",\"time\":\"2026-12-02T09:30:00+08:00\","
            + "\"datacontenttype\":\"application/json\",\"data\":{\"code\":\"gaozhu-yubei-park\","
            + "\"reason\":\"EDITED\",\"url\":\"/api/parks/gaozhu-yubei-park\",\"from\":{\"province\":\"chongqing\","
            + "\"district\":\"500112\",\"zone\":\"gaozhu\"},\"to\":{\"province\":\"chongqing\","
            + "\"district\":\"500112\",\"zone\":null}}}";
}

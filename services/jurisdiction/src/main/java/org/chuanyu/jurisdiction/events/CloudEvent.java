package org.chuanyu.jurisdiction.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A CloudEvent 1.0 (structured JSON mode) from a service's outbox, with its position in the feed. */
@Schema(name = "CloudEvent", description = "A CloudEvent 1.0 (structured JSON) from a service's outbox, with its "
        + "position in commit order. data is thin: identifiers, the record's scopes, what changed and the record's "
        + "URL; never personal data. The catalogue of types and their data: GET /api/notifications/event-types",
        example = CloudEvent.EXAMPLE)
public record CloudEvent(
        @Schema(description = "Position in the service's feed, increasing in commit order; read on with after=",
                example = "42") long position,
        @Schema(description = "CloudEvents version", example = "1.0") String specversion,
        @Schema(description = "Unique event id", example = "4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10") String id,
        @Schema(description = "The emitting service: its API's base path", example = "/api/common-handling") String source,
        @Schema(description = "Event type (cn.chuanyu.<service>.<record>.<what happened>)",
                example = "cn.chuanyu.common-handling.case.status-changed") String type,
        @Schema(description = "The record the event is about: a case number, a park code, a project code, …",
                example = "CY-51-2026-00000123") String subject,
        @Schema(description = "When the change committed", example = "2026-12-02T09:30:00+08:00") OffsetDateTime time,
        @Schema(description = "Media type of data", example = "application/json") String datacontenttype,
        @Schema(description = "The event's data; its schema per type is in the notifications catalogue",
                example = "{\"number\":\"CY-51-2026-00000123\",\"from\":\"SUBMITTED\",\"to\":\"ACCEPTED\"}")
        JsonNode data) {

    static final String EXAMPLE = "{\"position\":42,\"specversion\":\"1.0\","
            + "\"id\":\"4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10\",\"source\":\"/api/common-handling\","
            + "\"type\":\"cn.chuanyu.common-handling.case.status-changed\",\"subject\":\"CY-51-2026-00000123\","
            + "\"time\":\"2026-12-02T09:30:00+08:00\",\"datacontenttype\":\"application/json\","
            + "\"data\":{\"number\":\"CY-51-2026-00000123\",\"from\":\"SUBMITTED\",\"to\":\"ACCEPTED\"}}";
}

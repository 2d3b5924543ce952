package org.chuanyu.notifications.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event type of the platform, with the JSON Schema of its data", example = EventType.EXAMPLE)
public record EventType(
        @Schema(description = "The CloudEvents type", example = "cn.chuanyu.common-handling.case.status-changed") String type,
        @Schema(description = "The service that emits it (its API's base path)", example = "/api/common-handling")
        String source,
        @Schema(description = "When it is emitted", example = "A case took a step of its lifecycle") String description,
        @Schema(description = "JSON Schema (2020-12) of the event's data", example = "{\"type\":\"object\"}")
        JsonNode dataSchema) {

    static final String EXAMPLE = "{\"type\":\"cn.chuanyu.common-handling.case.status-changed\","
            + "\"source\":\"/api/common-handling\",\"description\":\"A case took a step of its lifecycle\","
            + "\"dataSchema\":{\"type\":\"object\"}}";
}

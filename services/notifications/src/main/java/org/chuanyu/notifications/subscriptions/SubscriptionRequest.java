package org.chuanyu.notifications.subscriptions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new subscription: where to call, which event types, and what to narrow them to. */
@Schema(description = "A new subscription", example = SubscriptionRequest.EXAMPLE)
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Where each event is POSTed: https, and not an internal address (SSRF rules in "
                + "docs/notifications.md)", example = "https://tianfu.example.gov.cn/hooks/chuanyu") String callbackUrl,
        @NotEmpty @Size(max = 50)
        @Schema(description = "The event types wanted (GET /api/notifications/event-types)",
                example = "[\"cn.chuanyu.common-handling.case.status-changed\"]")
        List<@NotNull @Size(max = 200) String> eventTypes,
        @Valid @Schema(description = "Narrows the events further; absent or empty lists narrow nothing", nullable = true)
        Filter filter,
        @Size(max = 500) @Schema(description = "What the subscription is for, for its owner", nullable = true,
                example = "天府通办: status of the cases it filed") String description) {

    static final String EXAMPLE = "{\"callbackUrl\":\"https://tianfu.example.gov.cn/hooks/chuanyu\","
            + "\"eventTypes\":[\"cn.chuanyu.common-handling.case.status-changed\"],"
            + "\"filter\":{\"itemCodes\":[\"511000-001\"],\"districts\":[\"511623\"],\"statuses\":[\"ACCEPTED\"]},"
            + "\"description\":\"天府通办: status of the cases it filed\"}";

    /** What an event's data must name to be delivered; each list given must contain one of the event's values. */
    @Schema(name = "SubscriptionFilterRequest", description = "Narrows a subscription's events")
    public record Filter(
            @Size(max = 200) @Schema(description = "Item codes (events of cases of these items)", nullable = true,
                    example = "[\"511000-001\"]") List<@NotNull @Size(max = 50) String> itemCodes,
            @Size(max = 200) @Schema(description = "GB/T 2260 district codes one of the record's scopes must name",
                    nullable = true, example = "[\"511623\"]")
            List<@NotNull @Size(max = 6) @Pattern(regexp = "[0-9]{6}", message = "must be a six-digit GB/T 2260 code")
                    String> districts,
            @Size(max = 50) @Schema(description = "Statuses (the status a case or project moved to)", nullable = true,
                    example = "[\"ACCEPTED\"]") List<@NotNull @Size(max = 50) String> statuses) {
    }
}

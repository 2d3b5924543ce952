package org.chuanyu.notifications.subscriptions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A subscription of the caller's", example = SubscriptionView.EXAMPLE)
public record SubscriptionView(
        @Schema(description = "Its id", example = "0b9d4f7e-5c1a-4a8e-9f0e-2d7c6b5a4f31") UUID id,
        @Schema(description = "Where events are POSTed", example = "https://tianfu.example.gov.cn/hooks/chuanyu")
        String callbackUrl,
        @Schema(description = "The event types delivered", example = "[\"cn.chuanyu.common-handling.case.status-changed\"]")
        List<String> eventTypes,
        @Schema(description = "The filter; empty lists narrow nothing") FilterView filter,
        @Schema(description = "What it is for", nullable = true, example = "天府通办: status of the cases it filed")
        String description,
        @Schema(description = "ACTIVE, or SUSPENDED (nothing is sent; see suspendedReason)", example = "ACTIVE")
        Subscription.Status status,
        @Schema(description = "When it was suspended", nullable = true) OffsetDateTime suspendedAt,
        @Schema(description = "Why it was suspended", nullable = true,
                example = "the callback answered 410 Gone") String suspendedReason,
        @Schema(description = "When it was made", example = "2026-12-02T09:30:00+08:00") OffsetDateTime createdAt,
        @Schema(description = "The signing secret (whsec_ and base64): only in the answer that created or rotated it, "
                + "never again", nullable = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static final String EXAMPLE = "{\"id\":\"0b9d4f7e-5c1a-4a8e-9f0e-2d7c6b5a4f31\","
            + "\"callbackUrl\":\"https://tianfu.example.gov.cn/hooks/chuanyu\","
            + "\"eventTypes\":[\"cn.chuanyu.common-handling.case.status-changed\"],"
            + "\"filter\":{\"itemCodes\":[],\"districts\":[\"511623\"],\"statuses\":[]},"
            + "\"description\":\"天府通办: status of the cases it filed\",\"status\":\"ACTIVE\",\"suspendedAt\":null,"
            + "\"suspendedReason\":null,\"createdAt\":\"2026-12-02T09:30:00+08:00\",\"secret\":null}";

    @Schema(name = "SubscriptionFilter", description = "What a subscription's events must name")
    public record FilterView(
            @Schema(description = "Item codes", example = "[]") List<String> itemCodes,
            @Schema(description = "District codes", example = "[\"511623\"]") List<String> districts,
            @Schema(description = "Statuses", example = "[]") List<String> statuses) {
    }
}

package org.chuanyu.notifications.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "One event's delivery to a subscription, and how its attempts went", example = DeliveryView.EXAMPLE)
public record DeliveryView(
        @Schema(description = "The delivery's id (redeliver it with POST /api/notifications/deliveries/{id}/redeliver)",
                example = "6a0e2b1c-3d4f-4e5a-8b9c-0d1e2f3a4b5c") UUID id,
        @Schema(description = "The subscription", example = "0b9d4f7e-5c1a-4a8e-9f0e-2d7c6b5a4f31") UUID subscriptionId,
        @Schema(description = "The CloudEvent's id, sent as webhook-id", example = "4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10")
        UUID eventId,
        @Schema(description = "The event's type", example = "cn.chuanyu.common-handling.case.status-changed") String eventType,
        @Schema(description = "The event's subject", example = "CY-51-2026-00000123") String subject,
        @Schema(description = "PENDING (not yet tried, or being sent), FAILED (retrying), DELIVERED or DEAD (given up)",
                example = "DELIVERED") State status,
        @Schema(description = "Attempts so far", example = "1") int attempts,
        @Schema(description = "HTTP status of the last attempt; null when none answered", nullable = true, example = "204")
        Integer lastStatus,
        @Schema(description = "What went wrong last time", nullable = true, example = "connect timed out") String lastError,
        @Schema(description = "The last attempt", nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(description = "The next attempt, while it is pending or failed", nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(description = "When the receiver took it", nullable = true) OffsetDateTime deliveredAt,
        @Schema(description = "When it was made", example = "2026-12-02T09:30:00+08:00") OffsetDateTime createdAt) {

    static final String EXAMPLE = "{\"id\":\"6a0e2b1c-3d4f-4e5a-8b9c-0d1e2f3a4b5c\","
            + "\"subscriptionId\":\"0b9d4f7e-5c1a-4a8e-9f0e-2d7c6b5a4f31\","
            + "\"eventId\":\"4f6a1c2e-0b7d-4c1e-9a55-1f0c3e2d9b10\","
            + "\"eventType\":\"cn.chuanyu.common-handling.case.status-changed\",\"subject\":\"CY-51-2026-00000123\","
            + "\"status\":\"DELIVERED\",\"attempts\":1,\"lastStatus\":204,\"lastError\":null,"
            + "\"lastAttemptAt\":\"2026-12-02T09:30:01+08:00\",\"nextAttemptAt\":null,"
            + "\"deliveredAt\":\"2026-12-02T09:30:01+08:00\",\"createdAt\":\"2026-12-02T09:30:00+08:00\"}";

    /** What an owner sees: a worker's claim is still pending. */
    public enum State {
        PENDING, FAILED, DELIVERED, DEAD;

        static State of(Delivery.Status status) {
            return switch (status) {
                case PENDING, SENDING -> PENDING;
                case FAILED -> FAILED;
                case DELIVERED -> DELIVERED;
                case DEAD -> DEAD;
            };
        }
    }
}

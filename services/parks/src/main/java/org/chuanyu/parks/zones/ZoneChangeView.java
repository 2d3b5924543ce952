package org.chuanyu.parks.zones;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A zone change, the approvals it has, and which provinces it still waits for. */
@Schema(name = "ZoneChange", description = "A proposed zone definition; it is applied with one approval from "
        + "each province", example = ZoneExamples.CHANGE)
public record ZoneChangeView(
        long id,
        @Schema(example = "gaozhu") String zone,
        ZoneChangeKind kind,
        ZoneChangeStatus status,
        @Schema(nullable = true) String reason,
        @Schema(description = "Requested date for the membership change", nullable = true) LocalDate effectiveOn,
        @Schema(description = "The zone as it will be") ZoneDefinition proposed,
        @Schema(description = "The zone as it was when proposed; absent for a new zone", nullable = true)
        ZoneDefinition previous,
        String proposedBy,
        @Schema(example = "sichuan") String proposedByProvince,
        Instant proposedAt,
        List<ApprovalView> approvals,
        @Schema(description = "Provinces whose approval is still needed (pending changes only)",
                example = "[\"chongqing\"]") List<String> awaiting,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "The day the approved change took effect", nullable = true) LocalDate tookEffectOn,
        @Schema(nullable = true) Rejection rejection) {

    @Schema(name = "ZoneChangeApproval")
    public record ApprovalView(@Schema(example = "sichuan") String province, String approver, Instant approvedAt) {
    }

    @Schema(name = "ZoneChangeRejection")
    public record Rejection(String by, @Schema(example = "chongqing") String province, String reason) {
    }
}

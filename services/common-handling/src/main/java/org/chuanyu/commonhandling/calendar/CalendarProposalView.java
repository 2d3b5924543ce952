package org.chuanyu.commonhandling.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A proposed load or correction of a year, and where its approval stands. */
@Schema(description = "A proposed load or correction of a year's calendar. It takes effect when one province-admin "
        + "or cross-province-admin of each province has approved it; proposing is not approving.",
        example = CalendarExamples.PROPOSAL)
public record CalendarProposalView(
        @Schema(description = "The proposal's id", example = "3") long id,
        @Schema(description = "The year", example = "2027") int year,
        @Schema(description = "PENDING, then APPLIED (both provinces approved) or REJECTED", example = "PENDING")
        CalendarProposal.Status status,
        @Schema(description = "The year's version this proposal corrects; absent when the year was not loaded",
                nullable = true, example = "1") Long baseVersion,
        @Schema(description = "The proposed schedule") PublishedSchedule schedule,
        @Schema(description = "Who proposed it", example = "cq-admin") String proposedBy,
        @Schema(description = "The proposer's realm", example = "chongqing") String proposedByRealm,
        @Schema(description = "When it was proposed (Asia/Shanghai)") OffsetDateTime proposedAt,
        @Schema(description = "The approvals so far, at most one per province") List<ApprovalView> approvals,
        @Schema(description = "Provinces whose approval is still needed", example = "[\"sichuan\"]") List<String> awaiting,
        @Schema(description = "When it was applied or rejected", nullable = true) OffsetDateTime decidedAt,
        @Schema(description = "Why it was rejected", nullable = true) String rejectionReason) {

    @Schema(name = "CalendarApproval", description = "One province's approval")
    public record ApprovalView(
            @Schema(description = "The approving province", example = "sichuan") String province,
            @Schema(description = "Who approved", example = "sc-admin") String approver,
            @Schema(description = "When (Asia/Shanghai)") OffsetDateTime approvedAt) {
    }
}

package org.chuanyu.policy.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A policy as the API shows it. */
@Schema(description = "A policy with its current content, status and (for a joint policy) approvals",
        example = PolicyExamples.VIEW)
public record PolicyView(
        @Schema(description = "Identifier", example = "42") long id,
        @Schema(description = "Issuing province (realm name)", example = "chongqing") String issuingProvince,
        @Schema(description = "A joint policy of both provinces", example = "false") boolean joint,
        @Schema(description = "Status", example = "PUBLISHED") PolicyStatus status,
        @Schema(description = "Number of the current version", example = "2") int currentVersion,
        @Schema(description = "Issuing department", example = "荣昌区人民政府") String department,
        @Schema(description = "Document number (文号)", example = "荣府发〔2023〕6号") String documentNumber,
        @Schema(description = "Chinese title") String title,
        @Schema(description = "English title", nullable = true) String titleEn,
        @Schema(description = "Kind") PolicyKind kind,
        @Schema(description = "First day of validity") LocalDate validFrom,
        @Schema(description = "Last day of validity", nullable = true) LocalDate validTo,
        @Schema(description = "The text; omitted in lists", nullable = true) String text,
        @Schema(description = "To whom it applies") Applicability applicability,
        @Schema(description = "Benefits") List<Benefit> benefits,
        @Schema(description = "Approvals of the current version (joint policies)") List<ApprovalView> approvals,
        @Schema(description = "Provinces whose approval of the current version is missing (joint drafts; none while "
                + "the current version is rejected)", example = "[\"chongqing\"]") List<String> awaitingApprovalFrom,
        @Schema(description = "A province's rejection of the current version (joint drafts); null when it has none. "
                + "A new version needs both provinces again", nullable = true) RejectionView rejection,
        @Schema(description = "When it was created") OffsetDateTime createdAt,
        @Schema(description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(description = "Record version, sent as the ETag; If-Match names it", example = "3") long recordVersion) {

    /** Which province turned which version down, who, when and why. */
    @Schema(name = "PolicyRejection", description = "One province's rejection of one version of a joint policy")
    public record RejectionView(
            @Schema(description = "Rejecting province (realm)", example = "sichuan") String province,
            @Schema(description = "Who rejected it", example = "sc-admin") String by,
            @Schema(description = "When") OffsetDateTime at,
            @Schema(description = "Rejected version", example = "1") int version,
            @Schema(description = "Why") String reason) {
    }

    /** Who approved which version for which province, and when. */
    @Schema(description = "One province's approval of one version")
    public record ApprovalView(
            @Schema(description = "Approving province (realm)", example = "sichuan") String province,
            @Schema(description = "Approver's user name", example = "sc-admin") String approver,
            @Schema(description = "Approved version", example = "1") int version,
            @Schema(description = "When") OffsetDateTime approvedAt) {
    }
}

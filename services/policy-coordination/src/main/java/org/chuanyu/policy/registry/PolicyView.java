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
        @Schema(description = "Provinces whose approval of the current version is missing (joint drafts)",
                example = "[\"chongqing\"]") List<String> awaitingApprovalFrom,
        @Schema(description = "When it was created") OffsetDateTime createdAt,
        @Schema(description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(description = "Record version, sent as the ETag; If-Match names it", example = "3") long recordVersion) {

    /** Who approved which version for which province, and when. */
    @Schema(description = "One province's approval of one version")
    public record ApprovalView(
            @Schema(description = "Approving province (realm)", example = "sichuan") String province,
            @Schema(description = "Approver's user name", example = "sc-admin") String approver,
            @Schema(description = "Approved version", example = "1") int version,
            @Schema(description = "When") OffsetDateTime approvedAt) {
    }
}

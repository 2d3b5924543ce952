package org.chuanyu.policy.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * What a policy says: everything a version keeps. A change of any of it makes a new version; a
 * joint policy's approvals are for one version, so a change also asks both provinces again.
 */
@Schema(description = "A policy's content: what each version keeps")
public record PolicyContent(
        @Schema(description = "Issuing department", example = "荣昌区人民政府") @NotBlank @Size(max = 200) String department,
        @Schema(description = "Document number (文号): issuer abbreviation, 〔year〕, number, 号", example = "荣府发〔2023〕6号")
        @NotBlank @Size(max = 60) String documentNumber,
        @Schema(description = "Chinese title", example = "关于支持荣昌高新区企业发展的六条措施") @NotBlank @Size(max = 300) String title,
        @Schema(description = "English title", example = "Six measures for Rongchang High-tech Zone enterprises", nullable = true)
        @Size(max = 300) String titleEn,
        @Schema(description = "Kind of policy", example = "INCENTIVE") @NotNull PolicyKind kind,
        @Schema(description = "First day of validity (Asia/Shanghai)", example = "2023-03-01") @NotNull LocalDate validFrom,
        @Schema(description = "Last day of validity; open-ended when absent", example = "2025-12-31", nullable = true) LocalDate validTo,
        @Schema(description = "The policy's text, one provision per line", example = "第一条 ……\n第二条 ……")
        @NotBlank @Size(max = 50000) String text,
        @Schema(description = "To whom the policy applies") @Valid Applicability applicability,
        @Schema(description = "Benefits granted") @Size(max = 50) List<@Valid @NotNull Benefit> benefits) {

    public PolicyContent {
        applicability = applicability == null ? Applicability.EVERYONE : applicability;
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        text = text == null ? null : text.replace("\r\n", "\n");
    }
}

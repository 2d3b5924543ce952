package org.chuanyu.commonhandling.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed version of an item: its whole content, and when it should take effect. The code is
 * required when proposing a new item; on a new version of an existing item it may be left out.
 * The upper bounds (time limits, batch, number of materials) are configuration, checked by
 * {@link DraftRules}; so is the mode, so that an unknown one is named like any other bad field.
 */
@Schema(name = "ItemDraft", description = "A proposed item or version; it takes effect once both provinces approve",
        example = ItemExamples.DRAFT)
public record ItemDraft(
        @Schema(description = "The item's code, a lower-case slug; required for a new item, else absent or equal to "
                + "the item in the path", example = "qiye-zhusuo-biangeng", nullable = true, maxLength = ItemCodes.MAX_LENGTH)
        String code,
        @NotBlank @Size(max = 200) @Schema(description = "Chinese name", example = "企业住所变更登记") String name,
        @NotBlank @Size(max = 300) @Schema(description = "English name", example = "Enterprise address change registration")
        String nameEn,
        @NotNull @Positive @Schema(description = "Batch in which the item is published", example = "1") Integer batch,
        @NotNull @Schema(description = "When the item went (or goes) live", example = "2020-10-01") LocalDate goLiveOn,
        @NotBlank @Schema(description = "Handling mode", enumeration = {"FULLY_ONLINE", "PROXY_ACCEPTANCE", "JOINT_HANDLING"},
                example = "PROXY_ACCEPTANCE") String mode,
        @NotNull @Positive(message = "must be a positive number of working days")
        @Schema(description = "Statutory time limit for acceptance, in working days", example = "1")
        Integer acceptanceWorkingDays,
        @NotNull @Positive(message = "must be a positive number of working days")
        @Schema(description = "Statutory time limit for the decision, in working days", example = "3")
        Integer decisionWorkingDays,
        @Valid @Schema(description = "Promised limits of the steps, each at most its statutory one; absent: the "
                + "statutory ones", nullable = true) StepLimits stepLimits,
        @NotNull @Schema(description = "Required materials, codes unique; at most common-handling.catalogue.max-materials "
                + "(40 by default), never more than 100") @Size(max = 100) List<@NotNull @Valid RequiredMaterial> materials,
        @NotNull @Valid @Schema(description = "Competent department in each province") CompetentDepartments departments,
        @Schema(description = "First day the version is in force (not before today); default today. If approval "
                + "completes after it, the version takes effect on the day of the second approval", nullable = true,
                example = "2026-07-01") LocalDate effectiveFrom,
        @Size(max = 2000) @Schema(description = "Why the item or change is proposed", nullable = true) String reason) {
}

package org.chuanyu.projects.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a client sends to register a project ({@code POST}) or replace its details ({@code PUT}).
 * The scope is not sent: it is the destination park's. Stage and actual dates change only through
 * stage transitions, and completed investment only through progress reports.
 */
@Schema(name = "ProjectDraft", description = "A project's details as a client registers or replaces them",
        example = ProjectExamples.DRAFT)
public record ProjectDraft(
        @Schema(description = "The destination park's code, a dot, and a lower-case slug of the project's own; unique. "
                + "Only on create (the path names the project on update)", example = "rongchang-hightech.packaging-park")
        @Pattern(regexp = ProjectCodes.PATTERN,
                message = "must be the park's code, a dot and a lower-case slug, such as rongchang-hightech.packaging-park")
        @Size(max = ProjectCodes.MAX_LENGTH) String code,
        @Schema(description = "Chinese name") @NotBlank @Size(max = 200) String name,
        @Schema(description = "English name") @Size(max = 200) String nameEn,
        @Schema(description = "The investor") @NotNull @Valid Investor investor,
        @Schema(description = "Industry chain, a code from GET /api/parks/industries", example = "packaging")
        @NotBlank @Size(max = 64) String industry,
        @Schema(description = "Destination park's code; must be a park the caller can see in the parks service, and the "
                + "park the project's code begins with (a project stays in its park)",
                example = "rongchang-hightech") @NotBlank @Size(max = 64)
        @Pattern(regexp = ProjectCodes.PARK_PATTERN, message = "must be a park code, a lower-case slug such as rongchang-hightech")
        String parkCode,
        @Schema(description = "Planned total investment in CNY (yuan, not 万元 or 亿元)", example = "1800000000")
        @NotNull @DecimalMin(value = "0", message = "must be zero or more")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal plannedInvestment,
        @Schema(description = "Currency of every amount; only CNY", example = "CNY", defaultValue = "CNY")
        @Size(max = 3) @Pattern(regexp = "CNY", message = "must be CNY") String currency,
        @Schema(description = "Planned investment per calendar year (CNY), the yardstick of the red/black list",
                example = "{\"2026\": 600000000}", maxProperties = 30)
        @Size(max = 30) Map<@Pattern(regexp = "\\d{4}", message = "must be a year such as 2026") String,
                @NotNull @DecimalMin(value = "0", message = "must be zero or more")
                @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal> annualPlans,
        @Schema(description = "The leader in charge (一个项目一名领导)", example = "王副区长") @Size(max = 100) String leader,
        @Schema(description = "The task force (一个项目一个专班)", example = "包装材料产业园项目专班") @Size(max = 200) String taskForce,
        @Schema(description = "Transferred from the east (承接东部产业转移)") Boolean transferredFromEast,
        @Schema(description = "Key-project list, if any") KeyLevel keyLevel,
        @Schema(description = "Planned dates by stage (LEAD … AT_CAPACITY); actual dates are set by stage transitions "
                + "and ignored here", maxProperties = 8) @Size(max = 8) Map<String, @NotNull Milestone> milestones) {

    /** The investor: who puts the money in, and where from. */
    @Schema(name = "Investor")
    public record Investor(
            @Schema(description = "Registered name", example = "浙江某包装集团有限公司") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Unified social credit code (统一社会信用代码, GB 32100 check character)",
                    example = "91330100MA2AXXXX07") @NotBlank @Size(max = 18) String creditCode,
            @Schema(description = "Province or country the investor comes from", example = "浙江省", nullable = true)
            @Size(max = 100) String origin,
            @Schema(description = "Source region") @NotNull SourceRegion sourceRegion) {
    }
}

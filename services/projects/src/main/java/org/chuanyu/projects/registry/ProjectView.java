package org.chuanyu.projects.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chuanyu.projects.lifecycle.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A project as the API shows it; the ETag is its version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "An investment or industrial-transfer project", example = ProjectExamples.VIEW)
public record ProjectView(
        String code, String name, @Schema(description = "English name", nullable = true) String nameEn,
        ProjectDraft.Investor investor,
        @Schema(description = "Industry chain (vocabulary code)") String industry,
        @Schema(description = "Destination park") String parkCode,
        @Schema(description = "Province, from the park", example = "chongqing") String province,
        @Schema(description = "District (GB/T 2260), from the park", example = "500153") String district,
        @Schema(description = "Joint zone, from the park", nullable = true) String zone,
        @Schema(description = "Designations the park held when the project was last saved") List<String> parkDesignations,
        @Schema(description = "Planned total investment, CNY") BigDecimal plannedInvestment,
        @Schema(description = "Completed investment so far: the sum of the progress reports that count, CNY") BigDecimal completedInvestment,
        @Schema(description = "Always CNY", example = "CNY") String currency,
        @Schema(description = "Planned investment per year, CNY") Map<String, BigDecimal> annualPlans,
        @Schema(description = "The leader in charge, if named", nullable = true) String leader,
        @Schema(description = "The task force, if named", nullable = true) String taskForce,
        boolean transferredFromEast, KeyLevel keyLevel,
        @Schema(description = "Current stage") Stage stage,
        @Schema(description = "For a suspended project: the stage it was suspended in", nullable = true) Stage suspendedFrom,
        @Schema(description = "Why the project is suspended or cancelled", nullable = true) String stageReason,
        @Schema(description = "Planned and actual dates by stage") Map<String, Milestone> milestones,
        @Schema(description = "Who registered the project") String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the project") long version) {
}

package org.chuanyu.policy.alignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A topic as the API shows it, with its computed status. */
@Schema(description = "An alignment topic with its status and the parameters that differ",
        example = AlignmentExamples.TOPIC)
public record TopicView(
        @Schema(description = "Identifier", example = "3") long id,
        @Schema(description = "Code", example = "food-business-licence") String code,
        @Schema(description = "Chinese title") String title,
        @Schema(description = "English title", nullable = true) String titleEn,
        @Schema(description = "The Sichuan side, when there is one the caller may read", nullable = true) PolicyRef sichuan,
        @Schema(description = "The Chongqing side, when there is one the caller may read", nullable = true) PolicyRef chongqing,
        @Schema(description = "Parameters side by side") List<Parameter> parameters,
        @Schema(description = "ALIGNED, DIVERGENT or MISSING_ON_ONE_SIDE", example = "DIVERGENT") AlignmentStatus status,
        @Schema(description = "Names of the parameters that differ", example = "[\"办理时限（工作日）\"]") List<String> differing,
        @Schema(description = "Last change") OffsetDateTime updatedAt,
        @Schema(description = "Record version, sent as the ETag") long recordVersion) {

    /** The policy on one side. */
    @Schema(description = "A policy on one side of a topic")
    public record PolicyRef(
            @Schema(description = "Policy id", example = "12") long id,
            @Schema(description = "Document number", example = "川府发〔2023〕5号") String documentNumber,
            @Schema(description = "Title") String title,
            @Schema(description = "Status", example = "PUBLISHED") String status) {
    }
}

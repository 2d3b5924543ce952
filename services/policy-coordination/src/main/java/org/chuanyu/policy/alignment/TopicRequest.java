package org.chuanyu.policy.alignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of a topic's create or update. */
@Schema(description = "An alignment topic: the policy on each side and the parameters compared",
        example = AlignmentExamples.REQUEST)
public record TopicRequest(
        @Schema(description = "Code, lower-case words joined by hyphens", example = "food-business-licence")
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
        @Size(max = 80) String code,
        @Schema(description = "Chinese title", example = "食品经营许可办理要求") @NotBlank @Size(max = 300) String title,
        @Schema(description = "English title", example = "Food business licence requirements", nullable = true)
        @Size(max = 300) String titleEn,
        @Schema(description = "The Sichuan policy's id; absent when Sichuan has none", example = "12", nullable = true)
        Long sichuanPolicyId,
        @Schema(description = "The Chongqing policy's id; absent when Chongqing has none", example = "13", nullable = true)
        Long chongqingPolicyId,
        @Schema(description = "Parameters compared side by side") @NotNull @Size(max = 100) List<@Valid @NotNull Parameter> parameters) {
}

package org.chuanyu.policy.matching;

import org.chuanyu.policy.registry.Benefit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The policies that apply to a profile, and those that nearly do. */
@Schema(description = "Policies applying to a profile (with reasons and benefits) and near misses (with the failing condition)",
        example = MatchExamples.MATCHES)
public record Matches(
        @Schema(description = "The profile matched (for a project: as read from the projects service)") Profile profile,
        @Schema(description = "Day the policies must be valid on", example = "2025-06-30") LocalDate on,
        @Schema(description = "Policies whose every condition holds") List<Match> applicable,
        @Schema(description = "Policies failing exactly one condition") List<NearMiss> nearMisses) {

    /** A policy that applies. */
    @Schema(description = "A policy that applies, why, and what it offers")
    public record Match(
            @Schema(description = "Policy") PolicySummary policy,
            @Schema(description = "Why it applies, one line per condition the policy sets") List<String> reasons,
            @Schema(description = "What it offers") List<Benefit> benefits) {
    }

    /** A policy that fails one condition. */
    @Schema(description = "A policy that would apply but for one condition")
    public record NearMiss(
            @Schema(description = "Policy") PolicySummary policy,
            @Schema(description = "The failing condition", example = "INVESTMENT") Condition failingCondition,
            @Schema(description = "What the condition asks and what the project has") String explanation,
            @Schema(description = "What it would offer") List<Benefit> benefits) {
    }

    /** Enough of a policy to find it. */
    @Schema(description = "A policy in a match")
    public record PolicySummary(
            @Schema(description = "Id", example = "42") long id,
            @Schema(description = "Document number", example = "荣府发〔2023〕6号") String documentNumber,
            @Schema(description = "Title") String title,
            @Schema(description = "Issuing province", example = "chongqing") String issuingProvince,
            @Schema(description = "Joint policy") boolean joint) {
    }
}

package org.chuanyu.policy.versions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What changed between two versions of a policy. */
@Schema(description = "Differences between two versions: a line diff of the text and a field diff of the rest",
        example = VersionExamples.DIFF)
public record VersionDiff(
        @Schema(description = "Policy", example = "42") long policyId,
        @Schema(description = "Older version", example = "1") int from,
        @Schema(description = "Newer version", example = "2") int to,
        @Schema(description = "The text line by line: KEPT, REMOVED (only in from), ADDED (only in to)") List<LineDiff.Line> text,
        @Schema(description = "False when the texts differ too much for the shortest diff within the service's work "
                + "bound: the differing middle is then shown as removed, then added", example = "true") boolean textExact,
        @Schema(description = "Structured fields that differ, by JSON path") List<FieldDiff.Change> fields) {
}

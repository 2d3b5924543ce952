package org.chuanyu.policy.alignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** All topics grouped by status. */
@Schema(description = "Every alignment topic grouped by status, with counts", example = AlignmentExamples.DASHBOARD)
public record Dashboard(
        @Schema(description = "Number of topics per status", example = "{\"ALIGNED\": 3, \"DIVERGENT\": 1, \"MISSING_ON_ONE_SIDE\": 2}")
        Map<AlignmentStatus, Integer> counts,
        @Schema(description = "The topics per status") Map<AlignmentStatus, List<TopicView>> topics) {
}

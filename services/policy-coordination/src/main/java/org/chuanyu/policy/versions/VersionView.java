package org.chuanyu.policy.versions;

import org.chuanyu.policy.registry.PolicyContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One kept version of a policy. */
@Schema(description = "One version of a policy's content", example = VersionExamples.VERSION)
public record VersionView(
        @Schema(description = "Version number, from 1", example = "1") int number,
        @Schema(description = "When it was made") OffsetDateTime createdAt,
        @Schema(description = "Who made it", example = "cq-admin") String createdBy,
        @Schema(description = "The content of this version") PolicyContent content) {
}

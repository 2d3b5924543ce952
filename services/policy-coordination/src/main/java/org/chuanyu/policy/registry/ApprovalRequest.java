package org.chuanyu.policy.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of an approval: the version the approver read. */
@Schema(description = "The version being approved; when given and no longer current, the approval is refused (409)",
        example = "{\"version\":1}")
public record ApprovalRequest(@Schema(description = "Version number", example = "1", nullable = true) Integer version) {
}

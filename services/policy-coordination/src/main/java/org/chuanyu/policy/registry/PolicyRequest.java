package org.chuanyu.policy.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a create: the content, and whether the policy is joint (fixed once created). */
@Schema(description = "A new policy: its content, and whether it is a joint policy of both provinces",
        example = PolicyExamples.REQUEST)
public record PolicyRequest(
        @Schema(description = "A joint policy proposed for both provinces; in force once each province approved it",
                example = "false") Boolean joint,
        @Schema(description = "The policy's content") PolicyContent policy) {
}

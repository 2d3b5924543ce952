package org.chuanyu.policy.registry;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a status change. */
@Schema(description = "The status to move a policy to: PUBLISHED (own policies), EXPIRED or REPEALED",
        example = "{\"status\":\"PUBLISHED\"}")
public record StatusChange(@Schema(description = "Target status", example = "PUBLISHED") @NotNull PolicyStatus status) {
}

package org.chuanyu.policy.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a rejection: why, and optionally the version the admin read. */
@Schema(name = "PolicyRejectionRequest", description = "Why the caller's province turns the current version down",
        example = "{\"reason\":\"适用范围须与四川省现行政策衔接后再议\",\"version\":1}")
public record RejectionRequest(
        @Schema(description = "Why, 1 to 2,000 characters") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The version being rejected; when given and no longer current, the rejection is "
                + "refused (409)", example = "1", nullable = true) Integer version) {
}

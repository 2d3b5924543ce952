package org.chuanyu.policy.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One named parameter of a topic, as each province's policy sets it. */
@Schema(description = "A compared parameter: its name and each side's value (text, number or list)")
public record Parameter(
        @Schema(description = "Parameter name", example = "办理时限（工作日）") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Sichuan's value; null when its policy does not set it", example = "10") JsonNode sichuan,
        @Schema(description = "Chongqing's value; null when its policy does not set it", example = "10") JsonNode chongqing) {
}

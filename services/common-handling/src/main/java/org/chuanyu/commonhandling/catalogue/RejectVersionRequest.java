package org.chuanyu.commonhandling.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a province turns a proposed version down. */
@Schema(name = "RejectItemVersion", example = "{\"reason\":\"办理时限须与两地现行法规一致，请核实后重新提出\"}")
public record RejectVersionRequest(@NotBlank @Size(max = 2000) @Schema(description = "Why") String reason) {
}

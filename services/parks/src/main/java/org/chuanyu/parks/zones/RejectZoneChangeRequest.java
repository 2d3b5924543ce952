package org.chuanyu.parks.zones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a province turns a proposal down. */
@Schema(name = "RejectZoneChange", example = "{\"reason\":\"面积数据待两地自然资源部门核实\"}")
public record RejectZoneChangeRequest(@NotBlank @Size(max = 2000) @Schema(description = "Why") String reason) {
}

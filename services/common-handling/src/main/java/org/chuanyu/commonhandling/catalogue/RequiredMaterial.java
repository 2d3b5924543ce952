package org.chuanyu.commonhandling.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A material the applicant provides; one that is not mandatory may be supplemented after acceptance (容缺). */
@Schema(name = "RequiredMaterial", example = "{\"code\":\"yingye-zhizhao\",\"name\":\"营业执照正副本原件\",\"mandatory\":false}")
public record RequiredMaterial(
        @NotBlank @Size(max = 64) @Pattern(regexp = ItemCodes.SLUG, message = ItemCodes.SLUG_MESSAGE)
        @Schema(description = "Unique within the version; lower-case slug", example = "yingye-zhizhao") String code,
        @NotBlank @Size(max = 200) @Schema(description = "Name as shown to applicants", example = "营业执照正副本原件")
        String name,
        @NotNull @Schema(description = "true: needed for acceptance; false: may be supplemented later (容缺受理)")
        Boolean mandatory) {
}

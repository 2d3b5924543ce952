package org.chuanyu.commonhandling.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.chuanyu.jurisdiction.caller.Province;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department competent for the item in each province: both provinces handle every common item. */
@Schema(name = "CompetentDepartments", example = "{\"sichuan\":\"四川省市场监督管理局\",\"chongqing\":\"重庆市市场监督管理局\"}")
public record CompetentDepartments(
        @NotBlank @Size(max = 200) @Schema(description = "Competent department in Sichuan", example = "四川省市场监督管理局")
        String sichuan,
        @NotBlank @Size(max = 200) @Schema(description = "Competent department in Chongqing", example = "重庆市市场监督管理局")
        String chongqing) {

    /** The competent department in a province. */
    public String in(Province province) {
        return switch (province) {
            case SICHUAN -> sichuan;
            case CHONGQING -> chongqing;
        };
    }
}

package org.chuanyu.parks.divisions;

import org.chuanyu.jurisdiction.caller.Province;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A division as it was during one period of validity. */
@Schema(name = "Division", description = "A GB/T 2260 administrative division during one period of validity",
        example = DivisionView.EXAMPLE)
public record DivisionView(
        @Schema(description = "GB/T 2260 code", example = "511623") String code,
        @Schema(description = "Chinese name during this period", example = "邻水县") String name,
        @Schema(description = "English name during this period", nullable = true, example = "Linshui County") String nameEn,
        @Schema(description = "Level read from the code") DivisionLevel level,
        @Schema(description = "Province (realm name) the code belongs to", example = "sichuan") String province,
        @Schema(description = "Code of the parent division during this period; absent for a province",
                nullable = true, example = "511600") String parent,
        @Schema(description = "First day of this period") LocalDate validFrom,
        @Schema(description = "First day the period no longer applies; absent while it does", nullable = true)
        LocalDate validTo,
        @Schema(description = "Divisions that took over the territory when this one was abolished")
        List<String> successors) {

    static final String EXAMPLE = "{\"code\":\"511623\",\"name\":\"邻水县\",\"nameEn\":\"Linshui County\","
            + "\"level\":\"COUNTY\",\"province\":\"sichuan\",\"parent\":\"511600\",\"validFrom\":\"2020-01-01\","
            + "\"validTo\":null,\"successors\":[]}";

    static DivisionView of(DivisionPeriod period, List<String> successors) {
        return new DivisionView(period.code, period.name, period.nameEn, DivisionLevel.of(period.code),
                provinceOf(period.code), period.parentCode, period.validFrom, period.validTo, successors);
    }

    static String provinceOf(String code) {
        return Province.ofDivision(code).map(Province::realm).orElseThrow();
    }
}

package org.chuanyu.parks.divisions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * The three levels of GB/T 2260, read from the code itself: {@code xx0000} a province-level
 * division (四川省, 重庆市), {@code xxxx00} a prefecture-level one (广安市), anything else a
 * county-level one (邻水县, 渝北区, the county-level city 隆昌市).
 */
public enum DivisionLevel {
    PROVINCE("province"),
    PREFECTURE("prefecture"),
    COUNTY("county");

    private final String apiName;

    DivisionLevel(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    public static DivisionLevel of(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? PREFECTURE : COUNTY;
    }

    /** The codes a division of this level may hang under, nearest first. */
    public static List<String> possibleParents(String code) {
        return switch (of(code)) {
            case PROVINCE -> List.of();
            case PREFECTURE -> List.of(code.substring(0, 2) + "0000");
            case COUNTY -> List.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000");
        };
    }
}

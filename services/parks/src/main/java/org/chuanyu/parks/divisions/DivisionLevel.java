package org.chuanyu.parks.divisions;

import java.util.List;

/**
 * The three levels of GB/T 2260, read from the code itself: {@code xx0000} a province-level
 * division (四川省, 重庆市), {@code xxxx00} a city, i.e. a prefecture-level division (广安市), anything
 * else a county-level one (邻水县, 渝北区, the county-level city 隆昌市).
 */
public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY;

    public static DivisionLevel of(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? CITY : COUNTY;
    }

    /** The codes a division of this level may hang under, nearest first. */
    public static List<String> possibleParents(String code) {
        return switch (of(code)) {
            case PROVINCE -> List.of();
            case CITY -> List.of(code.substring(0, 2) + "0000");
            case COUNTY -> List.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000");
        };
    }
}

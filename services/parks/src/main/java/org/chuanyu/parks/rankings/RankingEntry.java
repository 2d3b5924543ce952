package org.chuanyu.parks.rankings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One park's place in a ranking, with its value, last year's and the change between them. */
@Schema(name = "RankingEntry", description = "A park's place in a ranking of one indicator for one year",
        example = RankingEntry.EXAMPLE)
public record RankingEntry(
        @Schema(description = "Place, 1 for the highest value; equal values are ordered by park code", example = "1")
        int rank,
        @Schema(description = "Park code", example = "rongchang-hightech") String code,
        @Schema(description = "Park name", example = "荣昌高新技术产业开发区") String name,
        @Schema(description = "Park name in English", nullable = true) String nameEn,
        @Schema(description = "Province (realm name)", example = "chongqing") String province,
        @Schema(description = "District, GB/T 2260", example = "500153") String district,
        @Schema(description = "Joint zone, if the park is in one", nullable = true, example = "rongchang-longchang") String zone,
        @Schema(description = "The indicator's value in the year", example = "100400000000.00") BigDecimal value,
        @Schema(description = "The value in the previous year, if reported", nullable = true) BigDecimal previousValue,
        @Schema(description = "value − previousValue; absent without a previous value", nullable = true) BigDecimal change,
        @Schema(description = "change ÷ |previousValue| × 100, two decimals; absent without a previous value or when it is 0",
                nullable = true, example = "8.50") BigDecimal yoyPercent) {

    static final String EXAMPLE = "{\"rank\":1,\"code\":\"rongchang-hightech\",\"name\":\"荣昌高新技术产业开发区\","
            + "\"province\":\"chongqing\",\"district\":\"500153\",\"zone\":\"rongchang-longchang\","
            + "\"value\":100400000000.00,\"previousValue\":92534562212.00,\"change\":7865437788.00,\"yoyPercent\":8.50}";
}

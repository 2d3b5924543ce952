package org.chuanyu.parks.indicators;

import org.chuanyu.jurisdiction.web.BusinessDates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A park's figures for one year as they stand, with who reported them and whether the year is locked. */
@Schema(name = "ParkIndicators", description = "A park's figures for one year (absent figures were not reported)",
        example = IndicatorView.EXAMPLE)
public record IndicatorView(
        @Schema(description = "The park's code", example = "rongchang-hightech") String parkCode,
        @Schema(description = "Business year", example = "2022") int year,
        @Schema(description = "Industrial enterprises settled (入驻企业)", nullable = true) Integer enterprisesSettled,
        @Schema(description = "Enterprises in production (投产企业)", nullable = true) Integer enterprisesInProduction,
        @Schema(description = "Gross output of above-scale industry, CNY", nullable = true) BigDecimal grossIndustrialOutput,
        @Schema(description = "Growth of industrial output, percent", nullable = true) BigDecimal growthRate,
        @Schema(description = "High-tech enterprises", nullable = true) Integer highTechEnterprises,
        @Schema(description = "R&D share, percent", nullable = true) BigDecimal rdShare,
        @Schema(description = "Tax revenue, CNY", nullable = true) BigDecimal taxRevenue,
        @Schema(description = "Fixed-asset investment, CNY", nullable = true) BigDecimal fixedAssetInvestment,
        @Schema(description = "Investment attracted, CNY", nullable = true) BigDecimal investmentAttracted,
        @Schema(description = "Enterprises newly above designated size", nullable = true) Integer aboveScaleEnterprisesAdded,
        @Schema(description = "Where the figures come from") String source,
        @Schema(description = "Who reported the current figures (user name from the token)") String reportedBy,
        @Schema(description = "When the current figures were reported") OffsetDateTime reportedAt,
        @Schema(description = "Version; the ETag is this number in quotes") long version,
        @Schema(description = "True once a reviewer has locked the year: no more amendments") boolean locked,
        @Schema(description = "Who locked the year", nullable = true) String lockedBy,
        @Schema(description = "When the year was locked", nullable = true) OffsetDateTime lockedAt) {

    static final String EXAMPLE = "{\"parkCode\":\"rongchang-hightech\",\"year\":2022,\"enterprisesSettled\":755,"
            + "\"enterprisesInProduction\":585,\"grossIndustrialOutput\":100400000000.00,\"growthRate\":8.50,"
            + "\"highTechEnterprises\":151,\"rdShare\":4.40,\"source\":\"荣昌高新区2022年工作总结\","
            + "\"reportedBy\":\"rongchang-clerk\",\"reportedAt\":\"2023-02-10T09:30:00+08:00\",\"version\":0,"
            + "\"locked\":false}";

    static IndicatorView of(ParkIndicator i) {
        IndicatorValues v = i.values;
        return new IndicatorView(i.park.code, i.year, v.enterprisesSettled, v.enterprisesInProduction,
                v.grossIndustrialOutput, v.growthRate, v.highTechEnterprises, v.rdShare, v.taxRevenue,
                v.fixedAssetInvestment, v.investmentAttracted, v.aboveScaleEnterprisesAdded, i.source,
                i.reportedBy, BusinessDates.at(i.reportedAt), i.version, i.isLocked(), i.lockedBy,
                BusinessDates.at(i.lockedAt));
    }
}

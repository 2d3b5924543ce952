package org.chuanyu.parks.indicators;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A park's figures for one year, as a reporter sends them (PUT replaces the whole report: a figure
 * left out is absent afterwards). Who reported and when are taken from the token and the clock,
 * never from the body.
 */
@Schema(name = "IndicatorReport", description = "A park's figures for one year; every figure is optional",
        example = IndicatorReport.EXAMPLE)
public record IndicatorReport(
        @Schema(description = "Industrial enterprises settled in the park (入驻企业)", example = "755")
        @PositiveOrZero Integer enterprisesSettled,
        @Schema(description = "Enterprises in production (投产企业)", example = "585")
        @PositiveOrZero Integer enterprisesInProduction,
        @Schema(description = "Gross output of above-scale industry (规上工业总产值), CNY", example = "100400000000")
        @PositiveOrZero @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS) BigDecimal grossIndustrialOutput,
        @Schema(description = "Growth of industrial output on the previous year, percent", example = "8.5")
        @DecimalMin("-100") @DecimalMax("1000") @Digits(integer = 4, fraction = PERCENT_FRACTION_DIGITS) BigDecimal growthRate,
        @Schema(description = "High-tech enterprises (高新技术企业)", example = "151")
        @PositiveOrZero Integer highTechEnterprises,
        @Schema(description = "R&D expenditure as a share of GDP, percent", example = "4.4")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = PERCENT_FRACTION_DIGITS) BigDecimal rdShare,
        @Schema(description = "Tax revenue, CNY", example = "263000000")
        @PositiveOrZero @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS) BigDecimal taxRevenue,
        @Schema(description = "Fixed-asset investment, CNY", example = "3900000000")
        @PositiveOrZero @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS) BigDecimal fixedAssetInvestment,
        @Schema(description = "Investment attracted (招商引资到位资金), CNY", example = "7200000000")
        @PositiveOrZero @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS) BigDecimal investmentAttracted,
        @Schema(description = "Enterprises newly grown above designated size (新增规上企业)", example = "6")
        @PositiveOrZero Integer aboveScaleEnterprisesAdded,
        @Schema(description = "Where the figures come from", example = "荣昌高新区2022年工作总结", required = true)
        @NotBlank @Size(max = SOURCE_MAX_LENGTH) String source) {

    /** numeric(20, 2) in the database: up to 10^18 CNY, to the fen. */
    static final int MONEY_INTEGER_DIGITS = 18;
    static final int MONEY_FRACTION_DIGITS = 2;
    static final int PERCENT_FRACTION_DIGITS = 2;
    static final int SOURCE_MAX_LENGTH = 500;

    static final String EXAMPLE = "{\"enterprisesSettled\":755,\"enterprisesInProduction\":585,"
            + "\"grossIndustrialOutput\":100400000000,\"growthRate\":8.5,\"highTechEnterprises\":151,"
            + "\"rdShare\":4.4,\"source\":\"荣昌高新区2022年工作总结\"}";

    /** The figures as stored: money to the fen and percentages to two places (validation allows no more). */
    IndicatorValues values() {
        IndicatorValues v = new IndicatorValues();
        v.enterprisesSettled = enterprisesSettled;
        v.enterprisesInProduction = enterprisesInProduction;
        v.grossIndustrialOutput = scaled(grossIndustrialOutput, MONEY_FRACTION_DIGITS);
        v.growthRate = scaled(growthRate, PERCENT_FRACTION_DIGITS);
        v.highTechEnterprises = highTechEnterprises;
        v.rdShare = scaled(rdShare, PERCENT_FRACTION_DIGITS);
        v.taxRevenue = scaled(taxRevenue, MONEY_FRACTION_DIGITS);
        v.fixedAssetInvestment = scaled(fixedAssetInvestment, MONEY_FRACTION_DIGITS);
        v.investmentAttracted = scaled(investmentAttracted, MONEY_FRACTION_DIGITS);
        v.aboveScaleEnterprisesAdded = aboveScaleEnterprisesAdded;
        return v;
    }

    String trimmedSource() {
        return source.strip();
    }

    private static BigDecimal scaled(BigDecimal value, int places) {
        return value == null ? null : value.setScale(places, RoundingMode.UNNECESSARY);
    }
}

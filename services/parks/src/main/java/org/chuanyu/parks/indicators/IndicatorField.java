package org.chuanyu.parks.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numeric indicators of a park's year, by the name the API uses for them. This is the one
 * list rankings accept for {@code indicator=} and history compares field by field.
 */
public enum IndicatorField {
    ENTERPRISES_SETTLED("enterprisesSettled", Kind.COUNT,
            v -> v.enterprisesSettled, (v, n) -> v.enterprisesSettled = (Integer) n),
    ENTERPRISES_IN_PRODUCTION("enterprisesInProduction", Kind.COUNT,
            v -> v.enterprisesInProduction, (v, n) -> v.enterprisesInProduction = (Integer) n),
    GROSS_INDUSTRIAL_OUTPUT("grossIndustrialOutput", Kind.MONEY,
            v -> v.grossIndustrialOutput, (v, n) -> v.grossIndustrialOutput = (BigDecimal) n),
    GROWTH_RATE("growthRate", Kind.PERCENT,
            v -> v.growthRate, (v, n) -> v.growthRate = (BigDecimal) n),
    HIGH_TECH_ENTERPRISES("highTechEnterprises", Kind.COUNT,
            v -> v.highTechEnterprises, (v, n) -> v.highTechEnterprises = (Integer) n),
    RD_SHARE("rdShare", Kind.PERCENT,
            v -> v.rdShare, (v, n) -> v.rdShare = (BigDecimal) n),
    TAX_REVENUE("taxRevenue", Kind.MONEY,
            v -> v.taxRevenue, (v, n) -> v.taxRevenue = (BigDecimal) n),
    FIXED_ASSET_INVESTMENT("fixedAssetInvestment", Kind.MONEY,
            v -> v.fixedAssetInvestment, (v, n) -> v.fixedAssetInvestment = (BigDecimal) n),
    INVESTMENT_ATTRACTED("investmentAttracted", Kind.MONEY,
            v -> v.investmentAttracted, (v, n) -> v.investmentAttracted = (BigDecimal) n),
    ABOVE_SCALE_ENTERPRISES_ADDED("aboveScaleEnterprisesAdded", Kind.COUNT,
            v -> v.aboveScaleEnterprisesAdded, (v, n) -> v.aboveScaleEnterprisesAdded = (Integer) n);

    /** What a figure counts or measures. */
    public enum Kind { COUNT, MONEY, PERCENT }

    private final String apiName;
    private final Kind kind;
    private final Function<IndicatorValues, Number> getter;
    private final BiConsumer<IndicatorValues, Number> setter;

    IndicatorField(String apiName, Kind kind, Function<IndicatorValues, Number> getter,
                   BiConsumer<IndicatorValues, Number> setter) {
        this.apiName = apiName;
        this.kind = kind;
        this.getter = getter;
        this.setter = setter;
    }

    /** The camelCase name in requests, responses and {@code indicator=}. */
    public String apiName() {
        return apiName;
    }

    public Kind kind() {
        return kind;
    }

    public Number get(IndicatorValues values) {
        return getter.apply(values);
    }

    void set(IndicatorValues values, Number value) {
        setter.accept(values, value);
    }

    /** The figure as a decimal (counts too), or null when the report does not give it. */
    public BigDecimal decimal(IndicatorValues values) {
        Number n = get(values);
        if (n == null) {
            return null;
        }
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    boolean same(Number a, Number b) {
        if (a == null || b == null) {
            return a == b;
        }
        return toDecimal(a).compareTo(toDecimal(b)) == 0;
    }

    private static BigDecimal toDecimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    public static Optional<IndicatorField> ofApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    /** The accepted names, for error messages and documentation. */
    public static String apiNames() {
        return Arrays.stream(values()).map(IndicatorField::apiName).collect(Collectors.joining(", "));
    }
}

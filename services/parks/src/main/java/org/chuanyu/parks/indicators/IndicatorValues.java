package org.chuanyu.parks.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * The figures of one park's year, as reported. Every figure is optional: a report may cover only
 * some of them. Counts are whole numbers, money is CNY, percentages are plain numbers (8.5 = 8.5 %).
 * Shared by the current state and by every revision, so history keeps exactly what was replaced.
 */
@Embeddable
public class IndicatorValues {

    @Column(name = "enterprises_settled")
    public Integer enterprisesSettled;
    @Column(name = "enterprises_in_production")
    public Integer enterprisesInProduction;
    @Column(name = "gross_industrial_output")
    public BigDecimal grossIndustrialOutput;
    @Column(name = "growth_rate")
    public BigDecimal growthRate;
    @Column(name = "high_tech_enterprises")
    public Integer highTechEnterprises;
    @Column(name = "rd_share")
    public BigDecimal rdShare;
    @Column(name = "tax_revenue")
    public BigDecimal taxRevenue;
    @Column(name = "fixed_asset_investment")
    public BigDecimal fixedAssetInvestment;
    @Column(name = "investment_attracted")
    public BigDecimal investmentAttracted;
    @Column(name = "above_scale_enterprises_added")
    public Integer aboveScaleEnterprisesAdded;

    public IndicatorValues copy() {
        IndicatorValues c = new IndicatorValues();
        for (IndicatorField field : IndicatorField.values()) {
            field.set(c, field.get(this));
        }
        return c;
    }

    /** True when every figure is equal in value (8.50 equals 8.5), absent ones included. */
    public boolean sameAs(IndicatorValues other) {
        for (IndicatorField field : IndicatorField.values()) {
            if (!field.same(field.get(this), field.get(other))) {
                return false;
            }
        }
        return true;
    }
}

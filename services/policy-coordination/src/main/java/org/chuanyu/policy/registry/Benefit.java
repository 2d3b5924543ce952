package org.chuanyu.policy.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One benefit a policy grants: a fixed amount, a range, or a rate, with the conditions attached. */
@Schema(description = "A benefit: a fixed amount or an amount range in CNY, or a rate, and its conditions")
public record Benefit(
        @Schema(description = "Kind of benefit", example = "ONE_OFF_REWARD") @NotNull BenefitType type,
        @Schema(description = "What the benefit is, in the policy's words", example = "达产奖励")
        @NotBlank @Size(max = 500) String description,
        @Schema(description = "A fixed amount in CNY", example = "200000", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal amount,
        @Schema(description = "Lower end of an amount range in CNY", example = "20000", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal amountMin,
        @Schema(description = "Upper end of an amount range in CNY", example = "200000", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal amountMax,
        @Schema(description = "A rate in percent (subsidy rate, tax reduction)", example = "50", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100") BigDecimal ratePercent,
        @Schema(description = "Currency of the amounts: CNY (the default)", example = "CNY")
        @Size(max = 3) @jakarta.validation.constraints.Pattern(regexp = "CNY", message = "amounts are in CNY") String currency,
        @Schema(description = "Conditions attached to the benefit", example = "[\"年度产值首次超过1亿元\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> conditions) {

    public Benefit {
        currency = currency == null ? "CNY" : currency.strip();
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        amount = money(amount);
        amountMin = money(amountMin);
        amountMax = money(amountMax);
        ratePercent = money(ratePercent);
    }

    /** Two decimals, so equal amounts compare equal whatever their written scale (20000 vs 20000.00). */
    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}

package org.chuanyu.policy.registry;

/** The kinds of benefit a policy grants. */
public enum BenefitType {
    ONE_OFF_REWARD, SUBSIDY, SUBSIDY_RATE, TAX_REDUCTION, RENT_REDUCTION, LOAN_INTEREST_DISCOUNT,
    LAND_PRICE_DISCOUNT, TALENT_ALLOWANCE, FAST_TRACK_SERVICE, OTHER
}

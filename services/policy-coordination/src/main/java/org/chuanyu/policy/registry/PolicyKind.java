package org.chuanyu.policy.registry;

/** What a policy is about. */
public enum PolicyKind {
    INCENTIVE, MARKET_ACCESS, TAX, LAND, FINANCE, TALENT, INVESTMENT_PROMOTION, OTHER
}

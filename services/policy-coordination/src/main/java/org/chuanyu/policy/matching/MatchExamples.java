package org.chuanyu.policy.matching;

/**
 * OpenAPI examples for policy matching, kept next to the resource that shows them: an electronics project in
 * production in the Rongchang High-tech Zone, matched against Rongchang's six measures (policy 42) and a municipal
 * policy whose investment threshold it misses.
 */
final class MatchExamples {

    static final String PROFILE = "{\"industries\":[\"electronics\"],\"park\":\"rongchang-hightech\","
            + "\"district\":\"500153\",\"zone\":\"rongchang-longchang\",\"stage\":\"IN_PRODUCTION\","
            + "\"investment\":80000000}";

    private static final String SIX_MEASURES_BENEFITS = "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"达产奖励\","
            + "\"amount\":null,\"amountMin\":20000.00,\"amountMax\":200000.00,\"ratePercent\":null,"
            + "\"currency\":\"CNY\",\"conditions\":[\"年度产值首次超过1亿元\"]},"
            + "{\"type\":\"ONE_OFF_REWARD\",\"description\":\"国家高新技术企业认定奖励\",\"amount\":200000.00,"
            + "\"amountMin\":null,\"amountMax\":null,\"ratePercent\":null,\"currency\":\"CNY\","
            + "\"conditions\":[\"新认定为国家高新技术企业\"]},"
            + "{\"type\":\"SUBSIDY_RATE\",\"description\":\"研发投入补助\",\"amount\":null,\"amountMin\":null,"
            + "\"amountMax\":1000000.00,\"ratePercent\":5.00,\"currency\":\"CNY\","
            + "\"conditions\":[\"年度研发投入超过500万元\"]}]";

    static final String MATCHES = "{\"profile\":" + PROFILE + ",\"on\":\"2026-11-10\","
            + "\"applicable\":[{\"policy\":{\"id\":42,\"documentNumber\":\"荣府发〔2023〕6号\","
            + "\"title\":\"关于支持荣昌高新区企业发展的六条措施\",\"issuingProvince\":\"chongqing\",\"joint\":false},"
            + "\"reasons\":[\"valid on 2026-11-10 (2023-03-01 – 2026-12-31)\",\"district 500153 lies in chongqing\","
            + "\"district 500153 is covered\",\"industry electronics is supported\",\"stage IN_PRODUCTION qualifies\","
            + "\"planned investment 80000000 CNY reaches the minimum 50000000 CNY\"],"
            + "\"benefits\":" + SIX_MEASURES_BENEFITS + "}],"
            + "\"nearMisses\":[{\"policy\":{\"id\":57,\"documentNumber\":\"渝府办发〔2024〕18号\","
            + "\"title\":\"重庆市支持承接产业转移重点项目若干措施\",\"issuingProvince\":\"chongqing\",\"joint\":false},"
            + "\"failingCondition\":\"INVESTMENT\","
            + "\"explanation\":\"needs at least 100000000 CNY; the project plans 80000000 CNY\","
            + "\"benefits\":[{\"type\":\"LOAN_INTEREST_DISCOUNT\",\"description\":\"固定资产贷款贴息\",\"amount\":null,"
            + "\"amountMin\":null,\"amountMax\":3000000.00,\"ratePercent\":50.00,\"currency\":\"CNY\","
            + "\"conditions\":[\"项目固定资产投资不低于1亿元\"]}]}]}";

    private MatchExamples() {
    }
}

package org.chuanyu.policy.registry;

/**
 * OpenAPI examples for the policy registry, kept next to the resource that shows them: Rongchang's six measures
 * (policy 42), whose version 2 extended their validity by a year.
 */
public final class PolicyExamples {

    private static final String HEAD = "\"department\":\"荣昌区人民政府\",\"documentNumber\":\"荣府发〔2023〕6号\","
            + "\"title\":\"关于支持荣昌高新区企业发展的六条措施\","
            + "\"titleEn\":\"Six measures for Rongchang High-tech Zone enterprises\",\"kind\":\"INCENTIVE\","
            + "\"validFrom\":\"2023-03-01\"";

    private static final String PROVISIONS = "第一条 对年度工业产值首次超过1亿元的企业，按产值规模给予2万元至20万元一次性达产奖励。\\n"
            + "第二条 对新认定的国家高新技术企业，给予一次性奖励20万元。\\n"
            + "第三条 对年度研发投入超过500万元的企业，按研发投入的5%给予补助，最高100万元。\\n"
            + "第四条 奖励和补助资金由区财政统筹安排，按年度申报、审核后兑现。\\n"
            + "第五条 同一企业同一事项符合多项政策的，按就高原则执行，不重复享受。\\n";

    private static final String REST = "\"applicability\":{\"provinces\":[\"chongqing\"],\"districts\":[\"500153\"],"
            + "\"zones\":[],\"parks\":[],\"industries\":[\"consumer-goods\",\"electronics\",\"pharmaceuticals\"],"
            + "\"stages\":[\"IN_PRODUCTION\",\"AT_CAPACITY\"],\"minimumInvestment\":50000000.00},"
            + "\"benefits\":[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"达产奖励\",\"amount\":null,"
            + "\"amountMin\":20000.00,\"amountMax\":200000.00,\"ratePercent\":null,\"currency\":\"CNY\","
            + "\"conditions\":[\"年度产值首次超过1亿元\"]},"
            + "{\"type\":\"ONE_OFF_REWARD\",\"description\":\"国家高新技术企业认定奖励\",\"amount\":200000.00,"
            + "\"amountMin\":null,\"amountMax\":null,\"ratePercent\":null,\"currency\":\"CNY\","
            + "\"conditions\":[\"新认定为国家高新技术企业\"]},"
            + "{\"type\":\"SUBSIDY_RATE\",\"description\":\"研发投入补助\",\"amount\":null,\"amountMin\":null,"
            + "\"amountMax\":1000000.00,\"ratePercent\":5.00,\"currency\":\"CNY\",\"conditions\":[\"年度研发投入超过500万元\"]}]";

    /** Version 1, as created. */
    public static final String CONTENT_V1 = "{" + HEAD + ",\"validTo\":\"2025-12-31\",\"text\":\"" + PROVISIONS
            + "第六条 本措施自2023年3月1日起施行，有效期至2025年12月31日。\"," + REST + "}";

    static final String REQUEST = "{\"joint\":false,\"policy\":" + CONTENT_V1 + "}";

    static final String VIEW = "{\"id\":42,\"issuingProvince\":\"chongqing\",\"joint\":false,\"status\":\"PUBLISHED\","
            + "\"currentVersion\":2," + HEAD + ",\"validTo\":\"2026-12-31\",\"text\":\"" + PROVISIONS
            + "第六条 本措施自2023年3月1日起施行，有效期至2026年12月31日。\"," + REST + ","
            + "\"approvals\":[],\"awaitingApprovalFrom\":[],\"rejection\":null,\"createdAt\":\"2023-02-20T10:00:00+08:00\","
            + "\"updatedAt\":\"2025-12-18T15:20:00+08:00\",\"recordVersion\":3}";

    private PolicyExamples() {
    }
}

package org.chuanyu.policy.versions;

import org.chuanyu.policy.registry.PolicyExamples;

/**
 * OpenAPI examples for policy versions, kept next to the resource that shows them: versions 1 and 2 of Rongchang's
 * six measures (policy 42, the registry's example, whose content is shared); version 2 extended their validity by
 * a year.
 */
final class VersionExamples {

    static final String VERSION = "{\"number\":1,\"createdAt\":\"2023-02-20T10:00:00+08:00\","
            + "\"createdBy\":\"cq-admin\",\"content\":" + PolicyExamples.CONTENT_V1 + "}";

    private static final String KEPT = "{\"op\":\"KEPT\",\"text\":";

    static final String DIFF = "{\"policyId\":42,\"from\":1,\"to\":2,\"text\":["
            + KEPT + "\"第一条 对年度工业产值首次超过1亿元的企业，按产值规模给予2万元至20万元一次性达产奖励。\",\"oldLine\":1,\"newLine\":1},"
            + KEPT + "\"第二条 对新认定的国家高新技术企业，给予一次性奖励20万元。\",\"oldLine\":2,\"newLine\":2},"
            + KEPT + "\"第三条 对年度研发投入超过500万元的企业，按研发投入的5%给予补助，最高100万元。\",\"oldLine\":3,\"newLine\":3},"
            + KEPT + "\"第四条 奖励和补助资金由区财政统筹安排，按年度申报、审核后兑现。\",\"oldLine\":4,\"newLine\":4},"
            + KEPT + "\"第五条 同一企业同一事项符合多项政策的，按就高原则执行，不重复享受。\",\"oldLine\":5,\"newLine\":5},"
            + "{\"op\":\"REMOVED\",\"text\":\"第六条 本措施自2023年3月1日起施行，有效期至2025年12月31日。\",\"oldLine\":6,"
            + "\"newLine\":null},"
            + "{\"op\":\"ADDED\",\"text\":\"第六条 本措施自2023年3月1日起施行，有效期至2026年12月31日。\",\"oldLine\":null,"
            + "\"newLine\":6}],\"textExact\":true,"
            + "\"fields\":[{\"field\":\"validTo\",\"before\":\"2025-12-31\",\"after\":\"2026-12-31\"}]}";

    private VersionExamples() {
    }
}

package org.chuanyu.commonhandling.catalogue;

/** OpenAPI examples for the catalogue, kept next to the resource that shows them. */
final class ItemExamples {

    static final String DRAFT = "{\"code\":\"qiye-zhusuo-biangeng\",\"name\":\"企业住所变更登记\","
            + "\"nameEn\":\"Enterprise address change registration\",\"batch\":1,\"goLiveOn\":\"2020-10-01\","
            + "\"mode\":\"PROXY_ACCEPTANCE\",\"acceptanceWorkingDays\":1,\"decisionWorkingDays\":2,"
            + "\"materials\":[{\"code\":\"biangeng-shenqingshu\",\"name\":\"公司登记（备案）申请书\",\"mandatory\":true},"
            + "{\"code\":\"yingye-zhizhao\",\"name\":\"营业执照正副本原件\",\"mandatory\":false}],"
            + "\"departments\":{\"sichuan\":\"四川省市场监督管理局\",\"chongqing\":\"重庆市市场监督管理局\"},"
            + "\"effectiveFrom\":\"2026-07-01\",\"reason\":\"两地统一压缩办理时限\"}";

    static final String VERSION = "{\"code\":\"qiye-zhusuo-biangeng\",\"number\":2,\"status\":\"PENDING\","
            + "\"name\":\"企业住所变更登记\",\"nameEn\":\"Enterprise address change registration\",\"batch\":1,"
            + "\"goLiveOn\":\"2020-10-01\",\"mode\":\"PROXY_ACCEPTANCE\",\"acceptanceWorkingDays\":1,"
            + "\"decisionWorkingDays\":2,\"stepLimits\":{\"intake\":null,\"decision\":1,\"delivery\":5},"
            + "\"materials\":[{\"code\":\"biangeng-shenqingshu\","
            + "\"name\":\"公司登记（备案）申请书\",\"mandatory\":true},{\"code\":\"yingye-zhizhao\","
            + "\"name\":\"营业执照正副本原件\",\"mandatory\":false}],\"departments\":{\"sichuan\":\"四川省市场监督管理局\","
            + "\"chongqing\":\"重庆市市场监督管理局\"},\"effectiveFrom\":\"2026-07-01\",\"reason\":\"两地统一压缩办理时限\","
            + "\"proposedBy\":\"sc-admin\",\"proposedByProvince\":\"sichuan\",\"proposedAt\":\"2026-05-11T09:30:00+08:00\","
            + "\"approvals\":[{\"province\":\"sichuan\",\"approver\":\"joint-office-sc\","
            + "\"approvedAt\":\"2026-05-11T10:02:00+08:00\"}],\"awaiting\":[\"chongqing\"]}";

    /** The item's first version as seeded with batch 1: approved by both provinces on its go-live date. */
    static final String FIRST_VERSION = "{\"code\":\"qiye-zhusuo-biangeng\",\"number\":1,\"status\":\"APPROVED\","
            + "\"name\":\"企业住所变更登记\",\"nameEn\":\"Enterprise address change registration\",\"batch\":1,"
            + "\"goLiveOn\":\"2020-10-01\",\"mode\":\"PROXY_ACCEPTANCE\",\"acceptanceWorkingDays\":1,"
            + "\"decisionWorkingDays\":3,\"stepLimits\":{\"intake\":null,\"decision\":null,\"delivery\":null},"
            + "\"materials\":[{\"code\":\"biangeng-shenqingshu\",\"name\":\"公司登记（备案）申请书\","
            + "\"mandatory\":true},{\"code\":\"zhusuo-zhengming\",\"name\":\"新住所使用证明\",\"mandatory\":true},"
            + "{\"code\":\"gudonghui-jueyi\",\"name\":\"股东会决议或股东决定\",\"mandatory\":true},"
            + "{\"code\":\"yingye-zhizhao\",\"name\":\"营业执照正副本原件\",\"mandatory\":false}],"
            + "\"departments\":{\"sichuan\":\"四川省市场监督管理局\",\"chongqing\":\"重庆市市场监督管理局\"},"
            + "\"effectiveFrom\":\"2020-10-01\",\"reason\":\"第一批川渝通办事项\",\"proposedBy\":\"seed\","
            + "\"proposedByProvince\":null,\"proposedAt\":\"2020-10-01T00:00:00+08:00\","
            + "\"approvals\":[{\"province\":\"sichuan\",\"approver\":\"seed\","
            + "\"approvedAt\":\"2020-10-01T00:00:00+08:00\"},{\"province\":\"chongqing\",\"approver\":\"seed\","
            + "\"approvedAt\":\"2020-10-01T00:00:00+08:00\"}],\"awaiting\":[],"
            + "\"decidedAt\":\"2020-10-01T00:00:00+08:00\",\"rejection\":null}";

    /** The item: version 1 in force, version 2 (the VERSION example) waiting for Chongqing. */
    static final String ITEM = "{\"code\":\"qiye-zhusuo-biangeng\",\"inForce\":" + FIRST_VERSION + ","
            + "\"pendingVersion\":2,\"versions\":[" + FIRST_VERSION + "," + VERSION + "]}";

    private ItemExamples() {
    }
}

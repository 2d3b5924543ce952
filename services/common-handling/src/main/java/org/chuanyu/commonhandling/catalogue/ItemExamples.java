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
            + "\"decisionWorkingDays\":2,\"materials\":[{\"code\":\"biangeng-shenqingshu\","
            + "\"name\":\"公司登记（备案）申请书\",\"mandatory\":true},{\"code\":\"yingye-zhizhao\","
            + "\"name\":\"营业执照正副本原件\",\"mandatory\":false}],\"departments\":{\"sichuan\":\"四川省市场监督管理局\","
            + "\"chongqing\":\"重庆市市场监督管理局\"},\"effectiveFrom\":\"2026-07-01\",\"reason\":\"两地统一压缩办理时限\","
            + "\"proposedBy\":\"sc-admin\",\"proposedByProvince\":\"sichuan\",\"proposedAt\":\"2026-05-11T09:30:00+08:00\","
            + "\"approvals\":[{\"province\":\"sichuan\",\"approver\":\"joint-office-sc\","
            + "\"approvedAt\":\"2026-05-11T10:02:00+08:00\"}],\"awaiting\":[\"chongqing\"]}";

    private ItemExamples() {
    }
}

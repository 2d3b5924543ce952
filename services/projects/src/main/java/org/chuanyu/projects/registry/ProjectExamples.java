package org.chuanyu.projects.registry;

/** OpenAPI examples, kept next to the resource that uses them. */
final class ProjectExamples {

    static final String DRAFT = "{\"code\":\"rongchang-hightech.packaging-park\",\"name\":\"荣昌包装材料产业园\","
            + "\"nameEn\":\"Rongchang packaging materials park\",\"investor\":{\"name\":\"浙江某包装集团有限公司\","
            + "\"creditCode\":\"91330100MA2AXXXX07\",\"origin\":\"浙江省\",\"sourceRegion\":\"YANGTZE_RIVER_DELTA\"},"
            + "\"industry\":\"packaging\",\"parkCode\":\"rongchang-hightech\",\"plannedInvestment\":1800000000,"
            + "\"currency\":\"CNY\",\"annualPlans\":{\"2026\":600000000},\"leader\":\"王副区长\","
            + "\"taskForce\":\"包装材料产业园项目专班\",\"transferredFromEast\":true,\"keyLevel\":\"CITY\","
            + "\"milestones\":{\"SIGNED\":{\"planned\":\"2026-03-31\"},\"STARTED\":{\"planned\":\"2026-06-30\"}}}";

    static final String VIEW = "{\"code\":\"rongchang-hightech.packaging-park\",\"name\":\"荣昌包装材料产业园\","
            + "\"nameEn\":\"Rongchang packaging materials park\",\"investor\":{\"name\":\"浙江某包装集团有限公司\","
            + "\"creditCode\":\"91330100MA2AXXXX07\",\"origin\":\"浙江省\",\"sourceRegion\":\"YANGTZE_RIVER_DELTA\"},"
            + "\"industry\":\"packaging\",\"parkCode\":\"rongchang-hightech\",\"province\":\"chongqing\","
            + "\"district\":\"500153\",\"parkDesignations\":[\"重庆沿江承接产业转移示范区\"],"
            + "\"plannedInvestment\":1800000000.00,\"completedInvestment\":250000000.00,\"currency\":\"CNY\","
            + "\"annualPlans\":{\"2026\":600000000},\"leader\":\"王副区长\",\"taskForce\":\"包装材料产业园项目专班\","
            + "\"transferredFromEast\":true,\"keyLevel\":\"CITY\",\"stage\":\"SIGNED\","
            + "\"milestones\":{\"SIGNED\":{\"planned\":\"2026-03-31\",\"actual\":\"2026-04-08\"},"
            + "\"STARTED\":{\"planned\":\"2026-06-30\"}},\"createdBy\":\"rongchang-clerk\",\"createdAt\":\"2026-02-10T02:15:00Z\","
            + "\"updatedAt\":\"2026-04-08T06:30:00Z\",\"version\":3}";

    private ProjectExamples() {
    }
}

package org.chuanyu.policy.alignment;

/**
 * OpenAPI examples for alignment topics, kept next to the resource that shows them: the food business licence,
 * set by a policy of each province that differ on notify-and-commit (告知承诺制), and a reward only Chongqing grants.
 */
final class AlignmentExamples {

    private static final String FOOD_LICENCE = "\"code\":\"food-business-licence\",\"title\":\"食品经营许可办理要求\","
            + "\"titleEn\":\"Food business licence requirements\"";

    private static final String FOOD_LICENCE_PARAMETERS = "[{\"name\":\"办理时限（工作日）\",\"sichuan\":10,\"chongqing\":10},"
            + "{\"name\":\"申请材料\",\"sichuan\":[\"食品经营许可申请书\",\"营业执照\",\"经营场所平面布局图\"],"
            + "\"chongqing\":[\"营业执照\",\"食品经营许可申请书\",\"经营场所平面布局图\"]},"
            + "{\"name\":\"告知承诺制\",\"sichuan\":\"适用\",\"chongqing\":\"不适用\"}]";

    static final String REQUEST = "{" + FOOD_LICENCE + ",\"sichuanPolicyId\":12,\"chongqingPolicyId\":13,"
            + "\"parameters\":" + FOOD_LICENCE_PARAMETERS + "}";

    static final String TOPIC = "{\"id\":3," + FOOD_LICENCE + ","
            + "\"sichuan\":{\"id\":12,\"documentNumber\":\"川府发〔2023〕5号\","
            + "\"title\":\"四川省人民政府关于优化食品经营许可办理的通知\",\"status\":\"PUBLISHED\"},"
            + "\"chongqing\":{\"id\":13,\"documentNumber\":\"渝府发〔2023〕8号\","
            + "\"title\":\"重庆市人民政府关于优化食品经营许可办理的通知\",\"status\":\"PUBLISHED\"},"
            + "\"parameters\":" + FOOD_LICENCE_PARAMETERS + ",\"status\":\"DIVERGENT\",\"differing\":[\"告知承诺制\"],"
            + "\"updatedAt\":\"2026-10-15T11:20:00+08:00\",\"recordVersion\":2}";

    /** Rongchang's reward for reaching production (policy 42) has no Sichuan counterpart yet. */
    private static final String PRODUCTION_REWARD = "{\"id\":5,\"code\":\"production-milestone-reward\","
            + "\"title\":\"企业达产一次性奖励\",\"titleEn\":\"One-off rewards for reaching production\",\"sichuan\":null,"
            + "\"chongqing\":{\"id\":42,\"documentNumber\":\"荣府发〔2023〕6号\",\"title\":\"关于支持荣昌高新区企业发展的六条措施\","
            + "\"status\":\"PUBLISHED\"},\"parameters\":[{\"name\":\"奖励上限（元）\",\"sichuan\":null,\"chongqing\":200000}],"
            + "\"status\":\"MISSING_ON_ONE_SIDE\",\"differing\":[\"奖励上限（元）\"],"
            + "\"updatedAt\":\"2026-11-02T09:45:00+08:00\",\"recordVersion\":0}";

    static final String DASHBOARD = "{\"counts\":{\"ALIGNED\":0,\"DIVERGENT\":1,\"MISSING_ON_ONE_SIDE\":1},"
            + "\"topics\":{\"ALIGNED\":[],\"DIVERGENT\":[" + TOPIC + "],"
            + "\"MISSING_ON_ONE_SIDE\":[" + PRODUCTION_REWARD + "]}}";

    /** The dashboard example as the export writes it (the BOM left out). */
    static final String DASHBOARD_CSV = "状态 status,编码 code,名称 title,英文名称 titleEn,四川文号 sichuan.documentNumber,"
            + "四川政策 sichuan.title,重庆文号 chongqing.documentNumber,重庆政策 chongqing.title,差异参数 differing\r\n"
            + "DIVERGENT,food-business-licence,食品经营许可办理要求,Food business licence requirements,川府发〔2023〕5号,"
            + "四川省人民政府关于优化食品经营许可办理的通知,渝府发〔2023〕8号,重庆市人民政府关于优化食品经营许可办理的通知,告知承诺制\r\n"
            + "MISSING_ON_ONE_SIDE,production-milestone-reward,企业达产一次性奖励,One-off rewards for reaching production,,,"
            + "荣府发〔2023〕6号,关于支持荣昌高新区企业发展的六条措施,奖励上限（元）\r\n";

    private AlignmentExamples() {
    }
}

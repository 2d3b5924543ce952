package org.chuanyu.commonhandling.cases;

/**
 * OpenAPI examples for cases, kept next to the resource that shows them: the case filed in the CaseSubmission
 * example, accepted in Linshui and forwarded to Yubei, as its handling side reads it in a list (identifiers masked).
 */
public final class CaseExamples {

    public static final String CASE = "{\"number\":\"CY-51-2026-09331054\",\"itemCode\":\"yidi-jiuyi-beian\","
            + "\"itemVersion\":1,\"applicant\":{\"kind\":\"PERSON\",\"name\":\"张三\","
            + "\"idNumber\":\"5116**********1238\",\"contact\":\"138****0000\"},"
            + "\"accepting\":{\"province\":\"sichuan\",\"district\":\"511623\",\"zone\":\"gaozhu\","
            + "\"unit\":\"邻水县政务服务中心川渝通办窗口\"},\"handling\":{\"province\":\"chongqing\",\"district\":\"500112\","
            + "\"zone\":\"gaozhu\",\"unit\":\"渝北区医疗保障局\"},\"channel\":\"WINDOW\",\"submitter\":null,"
            + "\"status\":\"FORWARDED\",\"acceptanceDue\":\"2026-11-10T16:00:00Z\","
            + "\"decisionDue\":\"2026-11-11T16:00:00Z\",\"deliveryDue\":null,\"deadlineProvisional\":false,"
            + "\"overdue\":false,"
            + "\"workingDaysRemaining\":2,\"materials\":[{\"name\":\"身份证\","
            + "\"checksum\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"size\":52311,"
            + "\"location\":\"oss://cases/2026/11/id-card.pdf\"}],\"allowedActions\":[\"START_REVIEW\","
            + "\"REQUEST_SUPPLEMENT\"],\"assignees\":{\"accepting\":{\"realm\":\"sichuan\","
            + "\"username\":\"linshui-clerk\"},\"handling\":null},\"supervision\":{\"level\":\"WARNING\","
            + "\"step\":\"DECISION\",\"side\":\"HANDLING\",\"stepDue\":\"2026-11-11T16:00:00Z\","
            + "\"reason\":\"at most 1 working day left of 3 for decision\"},\"workingDays\":null,\"version\":2}";

    static final String EVENT = "{\"seq\":2,\"at\":\"2026-11-10T01:20:00Z\",\"actor\":\"linshui-clerk\","
            + "\"realm\":\"sichuan\",\"role\":\"district-clerk\",\"action\":\"ACCEPT\",\"fromStatus\":\"SUBMITTED\","
            + "\"toStatus\":\"ACCEPTED\",\"comment\":\"材料齐全\",\"requestId\":\"7d3c2b9e-5a41-4f0e-8c6d-2e9b1f4a6c03\"}";

    static final String VERIFICATION = "{\"intact\":true,\"events\":3,\"firstBrokenSeq\":null,\"problem\":null}";

    static final String STATISTICS = "{\"from\":\"2026-01-01\",\"to\":\"2026-11-10\",\"rows\":["
            + "{\"itemCode\":\"yidi-jiuyi-beian\",\"side\":\"ACCEPTING\",\"province\":\"sichuan\",\"received\":1520,"
            + "\"accepted\":1498,\"completed\":1461,\"decided\":1475,\"onTimeRate\":0.9831,"
            + "\"averageWorkingDaysToDecision\":0.86,\"currentlyOverdue\":2,\"crossProvince\":1320},"
            + "{\"itemCode\":\"yidi-jiuyi-beian\",\"side\":\"HANDLING\",\"province\":\"chongqing\",\"received\":1410,"
            + "\"accepted\":1391,\"completed\":1356,\"decided\":1370,\"onTimeRate\":0.9788,"
            + "\"averageWorkingDaysToDecision\":0.91,\"currentlyOverdue\":3,\"crossProvince\":1320}]}";

    static final String MONTHLY_STATISTICS = "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"rows\":["
            + "{\"month\":\"2026-03\",\"itemCode\":\"yidi-jiuyi-beian\",\"side\":\"ACCEPTING\",\"province\":\"sichuan\","
            + "\"received\":131,\"crossProvince\":117},"
            + "{\"month\":\"2026-03\",\"itemCode\":\"yidi-jiuyi-beian\",\"side\":\"HANDLING\",\"province\":\"chongqing\","
            + "\"received\":120,\"crossProvince\":117}]}";

    private CaseExamples() {
    }
}

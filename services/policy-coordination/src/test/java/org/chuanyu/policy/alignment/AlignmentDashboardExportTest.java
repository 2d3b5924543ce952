package org.chuanyu.policy.alignment;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.SpreadsheetExports;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.csv;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.json;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The dashboard export: one line per topic of the dashboard, in its order (by status, then code), each side as the
 * caller may read it, so a Sichuan draft behind a topic is no more in Chongqing's file than in its JSON.
 */
@QuarkusTest
class AlignmentDashboardExportTest {

    static final String DASHBOARD = "/api/policies/alignment-topics/dashboard";

    /** The dashboard's topics, status by status (ALIGNED, DIVERGENT, MISSING_ON_ONE_SIDE), as the export lists them. */
    static List<Map<String, Object>> topics(String account) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AlignmentStatus s : AlignmentStatus.values()) {
            rows.addAll(json(as(account), DASHBOARD, "topics." + s.name()));
        }
        return rows;
    }

    /** A topic set by a Sichuan draft (read only by Sichuan) and a published Chongqing policy; its code. */
    static String topicOnASichuanDraft(String draftTitle) {
        long draft = createOk("sc-admin", false, simple(draftTitle));
        long cq = createOk("cq-admin", false, simple("同标导出" + uniqueWord()));
        publish("cq-admin", cq);
        String code = "topic-x-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        as("sc-admin").body("{\"code\":\"" + code + "\",\"title\":\"=导出测试同标\",\"sichuanPolicyId\":" + draft
                + ",\"chongqingPolicyId\":" + cq + ",\"parameters\":[{\"name\":\"期限, 天\",\"sichuan\":5,\"chongqing\":7}]}")
                .post("/api/policies/alignment-topics").then().statusCode(201);
        return code;
    }

    @Test
    void theExportHoldsTheDashboardsTopicsAsEachCallerSeesThem() {
        String draftTitle = "四川草稿" + uniqueWord() + uniqueWord();
        String code = topicOnASichuanDraft(draftTitle);
        for (String account : List.of("linshui-clerk", "yubei-clerk", "joint-office-cq")) {
            List<Map<String, Object>> topics = topics(account);
            List<Map<String, String>> exported = csv(as(account), DASHBOARD + "/export");
            SpreadsheetExports.sameRows(exported, topics);
            List<Row> sheet = SpreadsheetExports.xlsx(as(account), DASHBOARD + "/export");
            assertEquals(topics.size() + 1, sheet.size());
        }
        Map<String, String> sichuanSees = row(csv(as("linshui-clerk"), DASHBOARD + "/export"), code);
        assertEquals(draftTitle, sichuanSees.get("sichuan.title"));
        assertEquals("'=导出测试同标", sichuanSees.get("title"), "a title that could run as a formula does not");
        assertEquals("期限, 天", sichuanSees.get("differing"));
        List<Map<String, String>> chongqing = csv(as("yubei-clerk"), DASHBOARD + "/export");
        Map<String, String> chongqingSees = row(chongqing, code);
        assertEquals("", chongqingSees.get("sichuan.documentNumber"));
        assertEquals("", chongqingSees.get("sichuan.title"));
        assertFalse(chongqing.stream().anyMatch(r -> r.containsValue(draftTitle)), "a Sichuan draft in Chongqing's file");
    }

    static Map<String, String> row(List<Map<String, String>> rows, String code) {
        return rows.stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anUnknownFormatIsAProblem() {
        SpreadsheetExports.refusesAnUnknownFormat(as("linshui-clerk"), DASHBOARD + "/export");
    }
}
